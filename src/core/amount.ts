/**
 * Exact money amounts. An amount is an integer count of hundredths of its table's money unit
 * (0.01万元 or 0.01元, i.e. the last printed digit), so sums and comparisons are exact.
 */
export type Amount = number;

/**
 * Parses a printed amount such as "3,011.46", "341. 11" (OCR space), "100, 000" or "0" into
 * hundredths. Returns null for blanks and for text that is not a number. Hand-written scanner:
 * the reader calls this for every cell.
 */
export function parseAmount(text: string): Amount | null {
  let i = 0;
  const n = text.length;
  let negative = false;
  let intPart = 0;
  let fraction = 0;
  let fractionDigits = 0;
  let roundDigit = 0;
  let digits = 0;
  let seenDot = false;
  let groupDigits = -1; // digits since the last thousands separator; -1 when none seen
  for (; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xfee0; // full-width digits
    if (c >= 48 && c <= 57) {
      digits++;
      const d = c - 48;
      if (!seenDot) {
        intPart = intPart * 10 + d;
        if (groupDigits >= 0) groupDigits++;
      } else if (fractionDigits < 2) {
        fraction = fraction * 10 + d;
        fractionDigits++;
      } else if (fractionDigits === 2) {
        roundDigit = d;
        fractionDigits++;
      }
    } else if (c === 32 || c === 9 || c === 0x3000 || c === 0xa0) {
      continue; // OCR puts spaces anywhere inside numbers
    } else if (c === 44 || c === 0xff0c) {
      if (seenDot || digits === 0) return null;
      if (groupDigits >= 0 && groupDigits !== 3) return null;
      groupDigits = 0;
    } else if (c === 46 || c === 0xff0e) {
      if (seenDot) return null;
      if (groupDigits >= 0 && groupDigits !== 3) return null;
      seenDot = true;
    } else if ((c === 45 || c === 43) && digits === 0 && !seenDot && !negative) {
      negative = c === 45;
    } else {
      return null;
    }
  }
  if (digits === 0) return null;
  if (!seenDot && groupDigits >= 0 && groupDigits !== 3) return null;
  while (fractionDigits < 2) {
    fraction *= 10;
    fractionDigits++;
  }
  const value = intPart * 100 + fraction + (roundDigit >= 5 ? 1 : 0);
  return negative ? -value : value;
}

/** Formats hundredths as a plain decimal string with two decimals ("172.13", "-0.05"). */
export function formatAmount(value: Amount): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return negative ? `-${text}` : text;
}

/** Formats the way narratives print amounts: trailing zero decimals dropped ("3000", "146.9"). */
export function formatAmountShort(value: Amount): string {
  return formatAmount(value).replace(/\.?0+$/, "") || "0";
}

/** The amount as a JSON/Excel number in the table's money unit. */
export function amountToNumber(value: Amount): number {
  return value / 100;
}

/** Converts a floating number (e.g. from an Excel cell) to hundredths, rounding to the cent. */
export function numberToAmount(value: number): Amount {
  return Math.round(value * 100 + (value >= 0 ? 1e-7 : -1e-7));
}

export function sumAmounts(values: readonly (Amount | null)[]): Amount {
  let total = 0;
  for (const v of values) if (v !== null) total += v;
  return total;
}

/** Converts hundredths of 元 to hundredths of 万元, rounded half away from zero. */
export function yuanToWanyuan(yuanHundredths: Amount): Amount {
  const sign = yuanHundredths < 0 ? -1 : 1;
  const abs = Math.abs(yuanHundredths);
  return sign * Math.floor((abs + 5000) / 10000);
}

/** A percentage as stated in a text: its value in hundredths of a percent and how many decimals were printed. */
export interface Percent {
  /** value × 100, e.g. 20.09% → 2009 */
  basisPoints: number;
  decimals: number;
}

export function parsePercent(text: string): Percent | null {
  const cleaned = text.replace(/[\s%％]/g, "");
  if (!/^\d+(?:\.\d+)?$/.test(cleaned)) return null;
  const dot = cleaned.indexOf(".");
  const decimals = dot < 0 ? 0 : cleaned.length - dot - 1;
  const amount = parseAmount(cleaned);
  return amount === null ? null : { basisPoints: amount, decimals: Math.min(decimals, 2) };
}

/**
 * part / whole as a percentage rounded half-up to `decimals` places, returned in the same
 * hundredths-of-a-percent scale as Percent.basisPoints. Exact integer arithmetic.
 */
export function percentOf(part: Amount, whole: Amount, decimals = 2): number | null {
  if (whole === 0) return null;
  const scale = 10 ** decimals; // percent × scale
  const numerator = part * 100 * scale;
  const sign = numerator < 0 !== whole < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const d = Math.abs(whole);
  const rounded = Math.floor((2 * n + d) / (2 * d));
  return (sign * rounded * 100) / scale;
}

/** Formats basis points as "20.09%" with the given number of decimals. */
export function formatPercent(basisPoints: number, decimals = 2): string {
  const value = basisPoints / 100;
  return `${value.toFixed(decimals)}%`;
}

/**
 * The rounding model (尾差). A printed total of n addends, each printed rounded to 0.01, may differ
 * from their exact sum by up to n × 0.005, i.e. n half-hundredths. Beyond that it is an error.
 */
export type SumVerdict = "ok" | "rounding" | "error";

export function judgeSum(sumOfAddends: Amount, printed: Amount, addendCount: number): SumVerdict {
  const difference = Math.abs(sumOfAddends - printed);
  if (difference === 0) return "ok";
  return difference * 2 <= Math.max(addendCount, 1) ? "rounding" : "error";
}

/** A stated percentage against the recomputed one: off by one in its last digit is rounding. */
export function judgePercent(recomputed: number, stated: Percent): SumVerdict {
  if (recomputed === stated.basisPoints) return "ok";
  const unit = 10 ** (2 - stated.decimals); // one unit of the last stated digit, in basis points
  return Math.abs(recomputed - stated.basisPoints) <= unit ? "rounding" : "error";
}

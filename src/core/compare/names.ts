/**
 * What identifies an item across two years' documents: its 科目编码 when it has one, else its name
 * without the numbering, level marks and filler words that the two years print differently.
 */
import { foldKey } from "../reader/text";

/** "一、一般公共服务支出" → "一般公共服务", "法院（款）行政运行（项）" → "行政运行", "①公务用车购置费" → "公务用车购置费". */
export function itemKey(name: string): string {
  // Circled numbers first: NFKC turns ② into a plain 2.
  let key = foldKey(name.replace(/^\s*[①②③④⑤⑥⑦⑧⑨⑩]/, "").normalize("NFKC"))
    .replace(/["“”'‘’《》]/g, "")
    .replace(/^(其中|包括|含)[:：]?/, "")
    .replace(/^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]/, "");
  // "法院(款)行政运行(项)": the last level named is the item.
  const levels = key.split(/\((?:类|款|项)\)/).filter((part) => part !== "");
  if (levels.length > 1) key = levels[levels.length - 1].replace(/^支出/, "") || levels[levels.length - 2];
  key = key.replace(/\((?:类|款|项)\)/g, "");
  // Trailing words a narrative adds to a table's row name.
  for (;;) {
    const shorter = key.replace(/(预算支出|预算数|预算|支出|安排|经费|费用|金额)$/, "");
    if (shorter === key || shorter.length < 2) break;
    key = shorter;
  }
  return key;
}

/** The Dice coefficient of two keys' character bigrams: 1 for the same key, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const bigrams = (s: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) {
      const g = s.slice(i, i + 2);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    return counts;
  };
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  for (const [g, n] of left) shared += Math.min(n, right.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Two names of the same item, renamed: the same characters in another order, or nearly the same words. */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 4 && b.length >= 4 && [...a].sort().join("") === [...b].sort().join("")) return true;
  if (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a))) return true;
  return similarity(a, b) >= 0.75;
}

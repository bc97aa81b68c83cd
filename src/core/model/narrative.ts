/** Narrative selectors: sections of 第三部分 and the figures they state. */
import type { Disclosure, NarrativeFigure, NarrativeSection } from "../model";

export const SECTION_NUMERALS = "一二三四五六七八九十";

export function sectionNumeral(no: number): string {
  return SECTION_NUMERALS[no - 1] ?? String(no);
}

export function section(d: Disclosure, no: number): NarrativeSection | undefined {
  return d.narrative.find((s) => s.no === no);
}

export function amounts(s: NarrativeSection | undefined): NarrativeFigure[] {
  return s ? s.figures.filter((f) => f.kind === "amount") : [];
}

export function figureLabelled(s: NarrativeSection | undefined, pattern: RegExp): NarrativeFigure | undefined {
  return amounts(s).find((f) => pattern.test(f.label));
}

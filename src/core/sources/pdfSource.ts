/**
 * A document source: the text the reader takes plus, for a PDF, where each line was printed (file,
 * page, line on the page). Findings and warnings are given their pages afterwards (attachPages), so
 * no rule needs to know where its lines came from.
 */
import { L, quote, splitMessage } from "../messages";
import type { ReadWarning } from "../model";
import type { PdfLines } from "./pdfLayout";

export interface SourceLocation {
  /** The file's name as the user gave it ("" for a single unnamed file). */
  file: string;
  /** 1-based PDF page. */
  page: number;
  /** 1-based visual line on that page. */
  lineOnPage: number;
}

export interface PdfSource {
  /** The reader's input: one line per visual line, table cells separated by TAB. */
  text: string;
  /** For line n (1-based) of `text`: locations[n - 1]. */
  locations: SourceLocation[];
  /** What the source could not read (pages without a text layer), for the reader's warnings. */
  warnings: ReadWarning[];
  files: string[];
  pageCount: number;
}

export function pdfSourceFromLayout(layout: PdfLines, file: string): PdfSource {
  const warnings: ReadWarning[] = [];
  if (layout.pagesWithoutText.length > 0) {
    const pages = layout.pagesWithoutText;
    const list = pages.length > 8 ? `${pages.slice(0, 8).join("、")}等${pages.length}页` : pages.join("、");
    const listEn = pages.length > 8 ? `${pages.slice(0, 8).join(", ")} and ${pages.length - 8} more` : pages.join(", ");
    warnings.push({
      line: null,
      ...splitMessage(
        L(
          `${file ? `“${file}”` : ""}第${list}页没有文字层（扫描页或空白页），这些页上的内容未读取`,
          `${file ? `${quote(file)}: ` : ""}page${pages.length > 1 ? "s" : ""} ${listEn} have no text layer (scanned or blank); what they hold was not read`,
        ),
      ),
    });
  }
  return {
    text: layout.lines.join("\n"),
    locations: layout.origins.map((o) => ({ file, page: o.page, lineOnPage: o.lineOnPage })),
    warnings,
    files: [file],
    pageCount: layout.pageCount,
  };
}

/** Index of the line starting 第三部分 (the narrative's heading, not its table-of-contents entry), or -1. */
function narrativeHeading(text: string): number {
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) if (/^\s*第三部分/.test(lines[i]) && !/(\.{3,}|…{2,}|\t\s*\d+\s*$)/.test(lines[i])) return i;
  return -1;
}

/**
 * Several PDFs read as one disclosure. Jiangsu publishes the text (parts 一, 三, 四) and the tables
 * (part 二) as two files: the tables are put where they belong, before the text's 第三部分. Otherwise
 * the files follow each other in the order given.
 */
export function mergeSources(sources: PdfSource[]): PdfSource {
  let ordered: { text: string; locations: SourceLocation[] }[] = sources.map((s) => ({ text: s.text, locations: s.locations }));
  const headings = sources.map((s) => narrativeHeading(s.text));
  const withText = headings.filter((h) => h >= 0).length;
  if (sources.length >= 2 && withText === 1) {
    const t = headings.findIndex((h) => h >= 0);
    const textLines = sources[t].text.split("\n");
    const at = headings[t];
    const others = sources.filter((_, i) => i !== t);
    ordered = [
      { text: textLines.slice(0, at).join("\n"), locations: sources[t].locations.slice(0, at) },
      ...others.map((s) => ({ text: s.text, locations: s.locations })),
      { text: textLines.slice(at).join("\n"), locations: sources[t].locations.slice(at) },
    ].filter((part) => part.locations.length > 0);
  }
  const locations: SourceLocation[] = [];
  ordered.forEach((part, i) => {
    locations.push(...part.locations);
    // The blank line between two parts is counted as the end of the first.
    if (i < ordered.length - 1) locations.push(part.locations[part.locations.length - 1]);
  });
  return {
    text: ordered.map((part) => part.text).join("\n\n"),
    locations,
    warnings: sources.flatMap((s) => s.warnings),
    files: sources.flatMap((s) => s.files),
    pageCount: sources.reduce((n, s) => n + s.pageCount, 0),
  };
}

/** The location of a 1-based line of the source, or null (a text source, or out of range). */
export function locate(source: Pick<PdfSource, "locations"> | null | undefined, line: number | null | undefined): SourceLocation | null {
  if (!source || line === null || line === undefined || line < 1) return null;
  return source.locations[line - 1] ?? null;
}

/** "第5页" (or "表格.pdf第5页" when several files were read as one). */
export function pageLabel(location: SourceLocation, withFile: boolean): string {
  return `${withFile && location.file ? `${location.file}` : ""}第${location.page}页`;
}

export interface Located {
  /** The page of the first line involved (1-based), when the source is a PDF. */
  page?: number;
  /** Every line involved, with its file, page and line on the page. */
  locations?: (SourceLocation & { line: number })[];
}

/** Gives each finding (anything with `lines`) its pages: a post-processing step, rules untouched. */
export function attachPages<T extends { lines: number[] }>(findings: T[], source: PdfSource | null | undefined): (T & Located)[] {
  if (!source) return findings;
  return findings.map((finding) => {
    const locations = finding.lines.flatMap((line) => {
      const at = locate(source, line);
      return at ? [{ ...at, line }] : [];
    });
    return locations.length > 0 ? { ...finding, page: locations[0].page, locations } : finding;
  });
}

/** The same for the reader's warnings (one line each, or none). */
export function attachWarningPages<T extends { line: number | null }>(warnings: T[], source: PdfSource | null | undefined): (T & Located)[] {
  if (!source) return warnings;
  return warnings.map((warning) => {
    const at = locate(source, warning.line);
    return at && warning.line !== null ? { ...warning, page: at.page, locations: [{ ...at, line: warning.line }] } : warning;
  });
}

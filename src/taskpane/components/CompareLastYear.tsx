/**
 * 对比上年: takes last year's disclosure — its PDF (one file, or the text and the tables published as two,
 * read as one through the same path as the pane's main input) or a text file — and lists what the
 * comparison finds: stated changes that disagree with what last year published, large changes without a
 * reason, items that appeared or disappeared, with both documents' pages (line numbers for text).
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { compareDisclosures, type Comparison } from "../../core/compare";
import { messageIn } from "../../core/messages";
import type { Disclosure } from "../../core/model";
import { readDisclosure } from "../../core/reader";
import { type PdfSource, locate, pageLabel } from "../../core/sources/pdfSource";
import { ACCEPTED, type OpenedFiles, openFiles } from "../sources";

/** This year's PDF source by its disclosure (set where the pane reads the main input), for this year's pages. */
const SOURCES = new WeakMap<Disclosure, PdfSource>();
export function rememberPdfSource(disclosure: Disclosure, source: PdfSource | null): void {
  if (source) SOURCES.set(disclosure, source);
}

type OpenFiles = (files: File[], messages: { tooLarge: string; mixed: string; english?: boolean }) => Promise<OpenedFiles>;

/** Where a finding's lines are: pages of a PDF ("第8页", "zx-2018-text.pdf第8页" when several files were read as one), else line numbers. */
function place(lines: number[], source: PdfSource | null, say: { lines: (l: string) => string; pages: (p: string) => string }, english: boolean): string {
  if (lines.length === 0) return "";
  const located = source ? lines.map((l) => locate(source, l)).filter((l) => l !== null) : [];
  if (located.length > 0) {
    const withFile = source!.files.length > 1;
    const pages = [...new Set(located.map((l) => (english ? `${withFile && l!.file ? `${l!.file} ` : ""}p. ${l!.page}` : pageLabel(l!, withFile))))];
    return english ? ` (${say.pages(pages.join(", "))})` : `（${say.pages(pages.join("、"))}）`;
  }
  return english ? ` (${say.lines(lines.join(", "))})` : `（${say.lines(lines.join("、"))}）`;
}

const TEXT = {
  zh: {
    heading: "对比上年",
    choose: "选择上年的预算公开…",
    hint: "选择上年公开的PDF（说明和报表分成两个PDF的，两个一起选）或文本文件，核对本年“比上年增加/减少”“与上年相同”的说法和各表的变动",
    summary: (c: Comparison) => {
      const s = c.statements;
      const n = (v: string) => s.filter((x) => x.verdict === v).length;
      return `同比说法${s.length}条：一致${n("agrees")}条，不一致${n("differs")}条，尾差${n("rounding")}条，未能核对${n("not-found")}条；对比${c.tables.length}张表`;
    },
    severity: { error: "错误", warning: "提示", info: "说明" },
    thisYear: { lines: (l: string) => `本年第${l}行`, pages: (p: string) => `本年${p}` },
    lastYear: { lines: (l: string) => `上年第${l}行`, pages: (p: string) => `上年${p}` },
    tooLarge: "文件过大，请确认是否选对了文件",
    mixed: "请只选一个文本文件，或一个或几个PDF文件（说明和报表分开发布的）",
    nothing: "没有发现与上年不符之处",
    notRead: "无法读取上年的文件：",
  },
  en: {
    heading: "Compare with last year",
    choose: "Choose last year's disclosure…",
    hint: "Choose last year's published PDF (both files when the text and the tables are separate) or its text to check this year's year-on-year statements and table changes",
    summary: (c: Comparison) => {
      const s = c.statements;
      const n = (v: string) => s.filter((x) => x.verdict === v).length;
      return `${s.length} year-on-year statements: ${n("agrees")} agree, ${n("differs")} differ, ${n("rounding")} rounding, ${n("not-found")} not checked; ${c.tables.length} tables compared`;
    },
    severity: { error: "Error", warning: "Warning", info: "Note" },
    thisYear: { lines: (l: string) => `this year line ${l}`, pages: (p: string) => `this year ${p}` },
    lastYear: { lines: (l: string) => `last year line ${l}`, pages: (p: string) => `last year ${p}` },
    tooLarge: "The file is too large; please check it is the right one",
    mixed: "Choose one text file, or one or more PDF files (the text and the tables published apart)",
    nothing: "Nothing disagrees with last year",
    notRead: "Last year's file could not be read: ",
  },
};

export function CompareLastYear({ disclosure, english = false, open = openFiles }: { disclosure: Disclosure; english?: boolean; open?: OpenFiles }) {
  const t = english ? TEXT.en : TEXT.zh;
  const input = React.useRef<HTMLInputElement>(null);
  const [comparison, setComparison] = React.useState<Comparison | null>(null);
  const [lastSource, setLastSource] = React.useState<PdfSource | null>(null);
  const thisSource = SOURCES.get(disclosure) ?? null;
  const [error, setError] = React.useState<string | null>(null);
  // A new document clears the previous comparison.
  React.useEffect(() => setComparison(null), [disclosure]);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = "";
    if (files.length === 0) return;
    setError(null);
    try {
      const opened = await open(files, { tooLarge: t.tooLarge, mixed: t.mixed, english });
      const result = readDisclosure(opened.text);
      if (!result.ok) throw new Error(english ? (result.errorEn ?? result.error) : result.error);
      setLastSource(opened.pdf);
      setComparison(compareDisclosures(result.disclosure, disclosure));
    } catch (e) {
      setComparison(null);
      setError(`${t.notRead}${(e as Error).message}`);
    }
  };

  const order = { error: 0, warning: 1, info: 2 };
  return (
    <section aria-label={t.heading}>
      <Text weight="semibold" block>
        {t.heading}
      </Text>
      <Text size={200} block>
        {t.hint}
      </Text>
      <Button onClick={() => input.current?.click()}>{t.choose}</Button>
      <input ref={input} type="file" accept={ACCEPTED} multiple hidden onChange={onFile} data-testid="last-year-input" />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {comparison && (
        <div>
          <Text block>{t.summary(comparison)}</Text>
          {comparison.findings.length === 0 ? (
            <Text block>{t.nothing}</Text>
          ) : (
            <ul aria-label={t.heading}>
              {[...comparison.findings]
                .sort((a, b) => order[a.severity] - order[b.severity])
                .map((f, i) => (
                  <li key={i}>
                    <Text>
                      [{t.severity[f.severity]}] {messageIn(f, english ? "en" : "zh")}
                      {place(f.lines, thisSource, t.thisYear, english)}
                      {place(f.lastLines, lastSource, t.lastYear, english)}
                    </Text>
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

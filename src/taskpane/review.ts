/**
 * The pane's side of the reviewer's decisions: kept in the workbook's 审核记录 sheet inside Excel, in
 * memory on the standalone page (where the downloaded report carries them), and applied to the
 * findings so accepted ones leave the counts until their figures change.
 */
import * as React from "react";
import type { Disclosure } from "../core/model";
import { checkSheetCsv, checkSheetHtml } from "../core/report/checkSheet";
import { type Decision, type ReviewOutcome, type ReviewedFinding, applyDecisions, decide } from "../core/review/decisions";
import type { Finding } from "../core/rules";

export interface Review extends ReviewOutcome {
  decisions: Decision[];
  /** The findings no decision accepts: what the counts and highlights report. */
  open: Finding[];
  accept(finding: Finding, note: string): Promise<void>;
  undo(decision: Decision): Promise<void>;
}

async function loadFromWorkbook(): Promise<Decision[]> {
  const { loadWorkbookDecisions } = await import("../excel/reviewDecisions");
  const parsed = await Excel.run((context) => loadWorkbookDecisions(context));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decisions;
}

async function saveToWorkbook(decisions: Decision[]): Promise<void> {
  const { saveWorkbookDecisions } = await import("../excel/reviewDecisions");
  await Excel.run((context) => saveWorkbookDecisions(context, decisions));
}

export function useReview(findings: Finding[], inExcel: boolean, onError: (message: string) => void, english = false): Review {
  const [decisions, setDecisions] = React.useState<Decision[]>([]);
  React.useEffect(() => {
    if (inExcel)
      loadFromWorkbook().then(setDecisions, (e: Error) =>
        onError(`${english ? "Could not read the review record (sheet “审核记录”) in the workbook: " : "未能读取工作簿中的审核记录："}${e.message}`),
      );
    // Loaded once when the pane opens in a workbook.
  }, [inExcel]);
  const outcome = React.useMemo(() => applyDecisions(findings, decisions), [findings, decisions]);
  const change = async (next: Decision[]) => {
    try {
      if (inExcel) await saveToWorkbook(next);
      setDecisions(next);
    } catch (e) {
      onError(`${english ? "Could not save the review record (sheet “审核记录”) to the workbook: " : "未能把审核记录保存到工作簿："}${(e as Error).message}`);
    }
  };
  return {
    ...outcome,
    decisions,
    open: outcome.findings.filter((f) => !f.decision),
    accept: (finding, note) => change([...decisions, decide(finding, note)]),
    undo: (decision) => change(decisions.filter((d) => d !== decision)),
  };
}

/** Offers the check-sheet report as a file download (HTML or CSV). */
export function downloadReport(disclosure: Disclosure, findings: readonly ReviewedFinding[], kind: "html" | "csv"): void {
  const content = kind === "html" ? checkSheetHtml(disclosure, findings) : checkSheetCsv(disclosure, findings);
  const blob = new Blob([content], { type: kind === "html" ? "text/html;charset=utf-8" : "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${disclosure.unit ?? "预算公开"}${disclosure.year ?? ""}年度检查情况表.${kind}`.replace(/[\\/:*?"<>|]/g, "_");
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

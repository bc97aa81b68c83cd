import { type Lang, messageIn } from "../../core/messages";
import * as React from "react";
import { Button, Input, Text } from "@fluentui/react-components";
import type { Disclosure } from "../../core/model";
import type { Finding } from "../../core/rules";
import type { Review } from "../review";
import { downloadReport } from "../review";
import type { Strings } from "../strings";

const TEXT = {
  zh: {
    heading: "4. 审核意见",
    choose: "选择一条检查结果",
    notePlaceholder: "核实意见（如：已与财政局核实）",
    accept: "已核实，不是问题",
    accepted: "已核实，不是问题",
    undo: "撤销",
    lapsed: "条审核记录涉及的数字已变化，已不再适用，相应问题重新列出",
    reportHtml: "下载检查报告（HTML）",
    reportCsv: "下载检查报告（CSV）",
  },
  en: {
    heading: "4. Review",
    choose: "Choose a finding",
    notePlaceholder: "Note (e.g. confirmed with the finance bureau)",
    accept: "Checked, not a problem",
    accepted: "Checked, not a problem",
    undo: "Undo",
    lapsed: " decision(s) no longer apply: the figures changed, the findings are listed again",
    reportHtml: "Download the report (HTML)",
    reportCsv: "Download the report (CSV)",
  },
};

/** A short label: rule, first line and the message's start (the full message is in the list above). */
function optionLabel(f: Finding, lang: Lang = "zh"): string {
  const message = messageIn(f, lang);
  const limit = lang === "zh" ? 20 : 48;
  let start = message.length > limit ? `${message.slice(0, limit)}…` : message;
  // A quote cut in the middle is closed, so quoted document text stays marked as such.
  if ((start.match(/“/g) ?? []).length > (start.match(/”/g) ?? []).length) start = start.replace(/…$/, "…”");
  if (lang === "en") return `(${f.rule}) ${f.lines.length > 0 ? `line ${f.lines[0]} ` : ""}${start}`;
  return `〔${f.rule}〕${f.lines.length > 0 ? `${f.lines[0]}行 ` : ""}${start}`;
}

/** Marks a finding "已核实，不是问题" with a note, lists the accepted ones, and hands over the report. */
export function ReviewPanel({ disclosure, review, strings }: { disclosure: Disclosure; review: Review; strings: Strings }) {
  const t = /[\u4e00-\u9fff]/.test(strings.read) ? TEXT.zh : TEXT.en;
  const [chosen, setChosen] = React.useState("");
  const [note, setNote] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const candidates = review.open.filter((f) => f.severity !== "info");
  const finding = candidates[Number(chosen)];
  const accepted = review.findings.filter((f) => f.decision);
  const lapsed = review.outdated.filter((o) => o.reason === "figures-changed").length;

  const accept = async () => {
    if (!finding || note.trim() === "") return;
    setBusy(true);
    try {
      await review.accept(finding, note);
      setChosen("");
      setNote("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t.heading}>
      <Text weight="semibold" block>
        {t.heading}
      </Text>
      {candidates.length > 0 && (
        <div style={{ display: "flex", flexDirection: "column", gap: 6 }}>
          <select aria-label={t.choose} value={chosen} onChange={(e) => setChosen(e.target.value)} style={{ maxWidth: "100%" }}>
            <option value="">{t.choose}</option>
            {candidates.map((f, i) => (
              <option key={i} value={String(i)}>
                {optionLabel(f, strings.messages)}
              </option>
            ))}
          </select>
          <Input aria-label={t.notePlaceholder} placeholder={t.notePlaceholder} value={note} onChange={(_, data) => setNote(data.value)} />
          <Button disabled={busy || !finding || note.trim() === ""} onClick={() => void accept()}>
            {t.accept}
          </Button>
        </div>
      )}
      {lapsed > 0 && (
        <Text block size={200} style={{ color: "#a4262c" }}>
          {lapsed}
          {t.lapsed}
        </Text>
      )}
      {accepted.length > 0 && (
        <ul aria-label={t.accepted} style={{ paddingLeft: 16, margin: "4px 0" }}>
          {accepted.map((f, i) => (
            <li key={i} style={{ marginBottom: 6 }}>
              <Text size={200} block style={{ color: "#666" }}>
                {t.accepted}
                {strings.colon}
                {messageIn(f, strings.messages)}
              </Text>
              <Text size={200}>
                {f.decision!.note}（{f.decision!.decidedAt.slice(0, 10)}）
              </Text>{" "}
              <Button size="small" appearance="subtle" onClick={() => void review.undo(f.decision!)}>
                {t.undo}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div style={{ display: "flex", gap: 8, marginTop: 6, flexWrap: "wrap" }}>
        <Button size="small" onClick={() => downloadReport(disclosure, review.findings, "html")}>
          {t.reportHtml}
        </Button>
        <Button size="small" onClick={() => downloadReport(disclosure, review.findings, "csv")}>
          {t.reportCsv}
        </Button>
      </div>
    </section>
  );
}

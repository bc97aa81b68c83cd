/**
 * The changes against last year a section states (增加/减少/增长/下降 an amount) and the reason that
 * follows each (主要原因是…), read from the section's sentences.
 */
import { type Amount, parseAmount } from "../amount";
import type { Sentence } from "./documentText";

export type ChangeWord = "增加" | "减少" | "增长" | "下降";

export interface StatedReason {
  marker: string;
  /** What follows the marker up to the clause's end; "" when nothing does. */
  content: string;
  line: number;
}

export interface ChangeStatement {
  word: ChangeWord;
  /** The first change figure of the statement (增加86.53万元 of "增加86.53万元，增长11.24%"). */
  amount: Amount;
  unit: "万元" | "元" | "%";
  /** The figure the change is stated of ("预算0万元比上年增加…"), when the sentence makes it clear. */
  subject: Amount | null;
  /** The statement as written, up to its reason. */
  text: string;
  line: number;
  reason: StatedReason | null;
}

const FIGURE = /(\d[\d,，]*(?:\.\d+)?)(万元|元|%|％)/g;
const CHANGE_BEFORE = /(增加|减少|增长|下降)了?$/;
const REASON = /(?:主要)?原因(?:一是|是|为|在于|主要是|[：:])[：:]?|(?:增加|减少|增长|下降|变动)的?原因[，,]|主要是由于|主要是|由于|因为|系因/g;
const REASON_AT_START =
  /^(?:其中[：:])?(?:主要)?(?:原因(?:一是|是|为|在于|主要是|[：:])|(?:增加|减少|增长|下降|变动)的?原因[，,：:]|是由于|由于|这是因为|主要是)[：:]?/;
const CLAUSE_END = /[，,。；;]/;

interface Event {
  at: number;
  end: number;
  kind: "figure" | "change" | "reason";
  word?: ChangeWord;
  amount?: Amount;
  unit?: "万元" | "元" | "%";
  marker?: string;
}

function eventsOf(text: string): Event[] {
  const events: Event[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index ?? 0;
    const amount = parseAmount(m[1].replace(/，/g, ","));
    if (amount === null) continue;
    const unit = m[2] === "％" ? "%" : (m[2] as "万元" | "元" | "%");
    const change = CHANGE_BEFORE.exec(text.slice(Math.max(0, at - 3), at));
    if (change) events.push({ at, end: at + m[0].length, kind: "change", word: change[1] as ChangeWord, amount, unit });
    else if (unit !== "%") events.push({ at, end: at + m[0].length, kind: "figure", amount, unit });
  }
  for (const m of text.matchAll(REASON)) events.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: "reason", marker: m[0] });
  return events.sort((a, b) => a.at - b.at);
}

function contentAfter(text: string, from: number): string {
  const rest = text.slice(from);
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The statements of change in a section's sentences, in order. A change counts as a new statement
 * when a figure stands between it and the previous one ("增加86.53万元，增长11.24%" is one statement);
 * a change inside a reason ("主要原因是…较上年减少488.54万元") is part of the reason.
 */
export function changeStatements(sentences: readonly Sentence[]): ChangeStatement[] {
  const statements: ChangeStatement[] = [];
  sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const inSentence: ChangeStatement[] = [];
    let current: ChangeStatement | null = null;
    let inReason = false;
    let newFigure = true;
    let lastFigure: Amount | null = null;
    let firstFigure: Amount | null = null;
    let pendingReason: StatedReason | null = null;
    for (const e of eventsOf(text)) {
      if (e.kind === "figure") {
        inReason = false;
        newFigure = true;
        lastFigure = e.amount!;
        if (firstFigure === null) firstFigure = e.amount!;
      } else if (e.kind === "change") {
        if (inReason || (current && !newFigure)) continue;
        const saysOfHead = text.slice(0, e.at).includes("其中");
        current = {
          word: e.word!,
          amount: e.amount!,
          unit: e.unit!,
          subject: saysOfHead ? firstFigure : lastFigure,
          text: text.slice(0, e.end),
          line: sentence.line,
          reason: pendingReason,
        };
        pendingReason = null;
        inSentence.push(current);
        newFigure = false;
      } else {
        let content = contentAfter(text, e.end);
        // "主要原因是：" at a line's end: the reason is the next sentence.
        if (content === "" && /[：:]$/.test(e.marker!) && index + 1 < sentences.length) content = contentAfter(sentences[index + 1].text, 0);
        const reason = { marker: e.marker!.replace(/[：:]$/, ""), content, line: sentence.line };
        if (current && !current.reason) current.reason = reason;
        else if (!current) pendingReason = reason;
        inReason = true;
      }
    }
    // A reason may open the next sentence: "…减少5万元。主要原因是…"
    const next = sentences[index + 1];
    const last = inSentence[inSentence.length - 1];
    if (last && !last.reason && next && next.section === sentence.section) {
      const m = REASON_AT_START.exec(next.text);
      if (m) {
        let content = contentAfter(next.text, m[0].length);
        // "主要原因是：" ending its line: the reason is the sentence after it.
        const after = sentences[index + 2];
        if (content === "" && /[：:]$/.test(m[0]) && after && after.section === sentence.section) content = contentAfter(after.text, 0);
        last.reason = { marker: m[0].replace(/^其中[：:]/, "").replace(/[：:]$/, ""), content, line: next.line };
      }
    }
    statements.push(...inSentence);
  });
  return statements;
}

/** 增加持平, 减少相同: a change and no change said of the same figure. */
export const CHANGE_AND_SAME = /(增加|减少|增长|下降)了?(持平|相同|不变)/;

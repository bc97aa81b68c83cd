import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { readDisclosure } from "../core/reader";
import { checkDisclosure, type Finding } from "../core/rules";
import type { Disclosure } from "../core/model";
import { Preview } from "./components/Preview";
import { Findings } from "./components/Findings";
import { ReviewPanel } from "./components/ReviewPanel";
import { useReview } from "./review";
import { Coverage } from "./components/Coverage";
import { SourceInput } from "./components/SourceInput";
import { Verdict, verdictSentence } from "./components/Verdict";
import { WorkbookButtons } from "./components/WorkbookButtons";
import { prepareFindings, type MergedFinding } from "./findingView";
import { CompareLastYear, rememberPdfSource } from "./components/CompareLastYear";
import { ACCEPTED, UnreadableFile, openFiles } from "./sources";
import { attachPages, attachWarningPages, type PdfSource } from "../core/sources/pdfSource";
import type { Strings } from "./strings";
import {
  addShortFunctionNames,
  resumeImported,
  downloadDraft,
  downloadWorkbook,
  importDraftIntoExcel,
  importIntoExcel,
  selectFindingInExcel,
  watchImported,
} from "./workbookActions";
import type { LiveSession } from "../excel/liveCheck";
import { draftUnsupportedMessage } from "../core/layout/templateWorkbook";

export interface AppProps {
  strings: Strings;
  /** Inside Excel the pane imports into the workbook; in a plain browser it offers an .xlsx. */
  inExcel: boolean;
}

/** A read disclosure with its findings: as the rules report them (for the workbook) and as shown. */
interface CheckResult {
  disclosure: Disclosure;
  findings: Finding[];
}

const resultOf = (disclosure: Disclosure, findings: Finding[]): CheckResult => ({ disclosure, findings });
const NO_FINDINGS: Finding[] = [];

export function App({ strings, inExcel }: AppProps) {
  const [text, setText] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [result, setResult] = React.useState<CheckResult | null>(null);
  /** The text changed after a read: the old result is gone and nothing may be written until it is read again. */
  const [stale, setStale] = React.useState(false);
  const [writing, setWriting] = React.useState(false);
  const [done, setDone] = React.useState<string | null>(null);
  const [session, setSession] = React.useState<LiveSession | null>(null);
  const [live, setLive] = React.useState<string | null>(null);
  const stopWatching = React.useRef<(() => Promise<void>) | null>(null);
  React.useEffect(() => () => void stopWatching.current?.(), []);
  const review = useReview(result?.findings ?? NO_FINDINGS, inExcel, setError, strings.lang === "en");
  // Shown merged, without the findings a reviewer accepted (until their figures change).
  const shown = React.useMemo<MergedFinding[]>(() => (result ? prepareFindings(review.open) : []), [result, review.open]);

  // From an import on, every edit of the imported sheets re-runs the whole catalogue.
  const startLiveChecking = React.useCallback(
    async (started: LiveSession) => {
      setSession(started);
      await stopWatching.current?.();
      stopWatching.current = await watchImported(
        started,
        ({ findings: updated, elapsedMs, unread }) => {
          setResult((current) => current && resultOf(current.disclosure, updated));
          setLive(`${strings.liveChecked}${Math.round(elapsedMs)} ms`);
          setError(unread.length > 0 ? `${strings.liveUnread}${unread.join("、")}` : null);
        },
        setError,
      );
    },
    [strings],
  );

  // A workbook reopened with imported sheets: checking resumes from what the import kept in it.
  React.useEffect(() => {
    if (!inExcel) return;
    void resumeImported().then(
      (resumed) => {
        if (!resumed) return;
        setResult(resultOf(resumed.session.disclosure, resumed.result.findings));
        void startLiveChecking(resumed.session);
      },
      () => undefined, // nothing to resume from: the pane starts empty
    );
  }, [inExcel, startLiveChecking]);

  const forget = (becameStale: boolean) => {
    setResult(null);
    setStale(becameStale);
    setDone(null);
    setError(null);
    setLive(null);
    setSession(null);
    void stopWatching.current?.();
    stopWatching.current = null;
  };

  const onChange = (value: string) => {
    setText(value);
    if (result || stale) forget(value.trim() !== "");
  };

  const write = async (action: () => Promise<string>) => {
    setWriting(true);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWriting(false);
    }
  };

  const writeDraft = () =>
    result &&
    void write(async () => {
      if (result.disclosure.templateTables) throw new Error(draftUnsupportedMessage(result.disclosure, strings.lang === "en" ? "en" : "zh"));
      if (inExcel) await importDraftIntoExcel(result.disclosure);
      else await downloadDraft(result.disclosure);
      return strings.drafted;
    });

  const writeWorkbook = () =>
    result &&
    void write(async () => {
      const { disclosure, findings } = result;
      if (!inExcel) {
        await downloadWorkbook(disclosure, findings);
        return strings.downloaded;
      }
      const imported = await importIntoExcel(disclosure, findings);
      if (imported.session) await startLiveChecking(imported.session);
      const done = `${strings.imported}${Object.values(imported.sheets).length}${strings.sheetsUnit}`;
      // Another template's workbook is checked by its own formulas only: say so, so the list below is not taken for live.
      return imported.session ? done : `${done}${strings.checkedByFormulas}`;
    });

  /** Reads and checks; a text that is refused leaves the previous state alone except for the message. */
  const check = (input: string, onAccepted?: () => void, pdf: PdfSource | null = null) => {
    setBusy(true);
    setError(null);
    // Let the spinner paint before the (fast, but synchronous) read.
    setTimeout(() => {
      const read = readDisclosure(input);
      if (!read.ok) {
        if (!onAccepted) forget(false);
        setError(strings.messages === "en" ? (read.errorEn ?? read.error) : read.error);
      } else {
        onAccepted?.();
        forget(false);
        // A PDF: what it could not read (pages without text) comes first; findings carry their pages.
        if (pdf) read.disclosure.warnings = attachWarningPages([...pdf.warnings, ...read.disclosure.warnings], pdf);
        rememberPdfSource(read.disclosure, pdf); // 对比上年 shows this year's pages
        setResult(resultOf(read.disclosure, attachPages(checkDisclosure(read.disclosure), pdf)));
      }
      setBusy(false);
    }, 0);
  };

  // One text file, one PDF, or several PDFs read as one (text and tables published separately).
  const open = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const opened = await openFiles(files, { tooLarge: strings.fileTooLarge, mixed: strings.mixedFiles, english: strings.messages === "en" });
      // The box changes only when the file is a disclosure; a refused file leaves it as it was.
      check(opened.text, () => setText(opened.text), opened.pdf);
    } catch (e) {
      setBusy(false);
      setError(e instanceof UnreadableFile ? e.message : e instanceof RangeError ? strings.fileTooLarge : `${strings.notText}：${(e as Error).message}`);
    }
  };

  const onSelect = session ? (finding: MergedFinding) => void selectFindingInExcel(session, finding).catch((e: Error) => setError(e.message)) : undefined;

  return (
    <main lang={strings.lang} style={{ padding: 12, display: "flex", flexDirection: "column", gap: 16, maxWidth: 720 }}>
      <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
        {strings.title}
      </Text>
      <SourceInput
        strings={strings}
        text={text}
        busy={busy}
        accept={ACCEPTED}
        onChange={onChange}
        onRead={() => check(text)}
        onFiles={(files) => void open(files)}
        onClear={() => (setText(""), forget(false))}
      />
      {busy && <Spinner size="tiny" label={strings.reading} />}
      {/* Announced as they change: the error, and the verdict's sentence. */}
      {/* Always present, so that screen readers announce what appears in it; no space taken while empty. */}
      <div role="alert" style={error ? undefined : { marginTop: -16 }}>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="status" aria-live="polite" style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clipPath: "inset(50%)" }}>
        {result ? verdictSentence(result.disclosure, shown, strings) : ""}
      </div>
      {result && <Coverage disclosure={result.disclosure} strings={strings} />}
      {result && <Verdict disclosure={result.disclosure} findings={shown} strings={strings} />}
      {(result || stale) && (
        <WorkbookButtons
          strings={strings}
          inExcel={inExcel}
          ready={result !== null}
          writing={writing}
          done={done}
          onWorkbook={writeWorkbook}
          onDraft={writeDraft}
        />
      )}
      {result && <Findings findings={shown} strings={strings} onSelect={onSelect} />}
      {result && <ReviewPanel disclosure={result.disclosure} review={review} strings={strings} />}
      {live && <Text size={200}>{live}</Text>}
      {result && <CompareLastYear disclosure={result.disclosure} english={strings.lang === "en"} />}
      {result && <Preview disclosure={result.disclosure} strings={strings} />}
      {inExcel && (
        <Button
          appearance="subtle"
          onClick={() =>
            void addShortFunctionNames().then(
              (r) =>
                setDone(
                  `${strings.namesAdded}${r.added.join("、") || "—"}${r.conflicting.length > 0 ? `；${strings.namesKept}${r.conflicting.join("、")}` : ""}${
                    r.failed.length > 0 ? `；${strings.namesFailed}${r.failed.map((f) => `${f.name}（${f.reason}）`).join("、")}` : ""
                  }`,
                ),
              (e: Error) => setError(e.message),
            )
          }
        >
          {strings.addNames}
        </Button>
      )}
      <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
        {strings.privacy}
      </Text>
    </main>
  );
}

import * as React from "react";
import { Button, Spinner, Text, Textarea, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { readDisclosure } from "../core/reader";
import { checkDisclosure, type Finding } from "../core/rules";
import type { Disclosure } from "../core/model";
import { Preview } from "./components/Preview";
import { Findings } from "./components/Findings";
import { CompareLastYear } from "./components/CompareLastYear";
import { ACCEPTED, UnreadableFile, openFiles } from "./sources";
import { attachPages, attachWarningPages, type PdfSource } from "../core/sources/pdfSource";
import { Coverage } from "./components/Coverage";
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

export interface AppProps {
  strings: Strings;
  /** Inside Excel the pane imports into the workbook; in a plain browser it offers an .xlsx. */
  inExcel: boolean;
}

export function App({ strings, inExcel }: AppProps) {
  const [text, setText] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [disclosure, setDisclosure] = React.useState<Disclosure | null>(null);
  const [findings, setFindings] = React.useState<Finding[]>([]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [writing, setWriting] = React.useState(false);
  const [done, setDone] = React.useState<string | null>(null);
  const [session, setSession] = React.useState<LiveSession | null>(null);
  const [live, setLive] = React.useState<string | null>(null);
  const stopWatching = React.useRef<(() => Promise<void>) | null>(null);
  React.useEffect(() => () => void stopWatching.current?.(), []);

  // From an import on, every edit of the imported sheets re-runs the whole catalogue.
  const startLiveChecking = React.useCallback(
    async (started: LiveSession) => {
      setSession(started);
      await stopWatching.current?.();
      stopWatching.current = await watchImported(
        started,
        ({ findings: updated, elapsedMs, unread }) => {
          setFindings(updated);
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
        setDisclosure(resumed.session.disclosure);
        setFindings(resumed.result.findings);
        void startLiveChecking(resumed.session);
      },
      () => undefined, // nothing to resume from: the pane starts empty
    );
  }, [inExcel, startLiveChecking]);

  const writeDraft = async () => {
    if (!disclosure) return;
    setWriting(true);
    setError(null);
    setDone(null);
    try {
      if (inExcel) await importDraftIntoExcel(disclosure);
      else await downloadDraft(disclosure);
      setDone(strings.drafted);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWriting(false);
    }
  };

  const writeWorkbook = async () => {
    if (!disclosure) return;
    setWriting(true);
    setError(null);
    setDone(null);
    try {
      if (inExcel) {
        const result = await importIntoExcel(disclosure, findings);
        setDone(`${strings.imported}${Object.values(result.sheets).length}${strings.sheetsUnit}`);
        if (result.session) await startLiveChecking(result.session);
      } else {
        await downloadWorkbook(disclosure, findings);
        setDone(strings.downloaded);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWriting(false);
    }
  };

  const run = React.useCallback((input: string, pdf: PdfSource | null = null) => {
    setBusy(true);
    setError(null);
    // Let the spinner paint before the (fast, but synchronous) read.
    setTimeout(() => {
      const result = readDisclosure(input);
      if (!result.ok) {
        setDisclosure(null);
        setFindings([]);
        setError(result.error);
      } else {
        // A PDF: what it could not read (pages without text) comes first; findings carry their pages.
        if (pdf) result.disclosure.warnings = attachWarningPages([...pdf.warnings, ...result.disclosure.warnings], pdf);
        setDisclosure(result.disclosure);
        setFindings(attachPages(checkDisclosure(result.disclosure), pdf));
      }
      setBusy(false);
    }, 0);
  }, []);

  // One text file, one PDF, or several PDFs read as one (text and tables published separately).
  const open = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const opened = await openFiles(files, { tooLarge: strings.fileTooLarge, mixed: strings.mixedFiles });
      setText(opened.text);
      run(opened.text, opened.pdf);
    } catch (e) {
      setBusy(false);
      setError(e instanceof UnreadableFile ? e.message : e instanceof RangeError ? strings.fileTooLarge : `${strings.notText}：${(e as Error).message}`);
    }
  };
  const onFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    void open(files);
  };

  return (
    <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
      <Text as="h1" size={500} weight="semibold">
        {strings.title}
      </Text>
      <section
        aria-label={strings.sourceHeading}
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          void open([...event.dataTransfer.files]);
        }}
      >
        <Text weight="semibold" block>
          {strings.sourceHeading}
        </Text>
        <Textarea
          aria-label={strings.pastePlaceholder}
          placeholder={strings.pastePlaceholder}
          value={text}
          onChange={(_, data) => setText(data.value)}
          resize="vertical"
          style={{ width: "100%", minHeight: 120 }}
        />
        <div style={{ display: "flex", gap: 8, marginTop: 8 }}>
          <Button appearance="primary" disabled={busy || text.trim() === ""} onClick={() => run(text)}>
            {strings.read}
          </Button>
          <Button onClick={() => fileInput.current?.click()}>{strings.openFile}</Button>
          <Button appearance="subtle" onClick={() => (setText(""), setDisclosure(null), setFindings([]), setError(null))}>
            {strings.clear}
          </Button>
          <input ref={fileInput} type="file" accept={ACCEPTED} multiple hidden onChange={onFile} data-testid="file-input" />
        </div>
      </section>
      {busy && <Spinner size="tiny" label={strings.reading} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {disclosure && <Coverage disclosure={disclosure} strings={strings} />}
      {disclosure && <Preview disclosure={disclosure} strings={strings} />}
      {disclosure && (
        <Findings
          findings={findings}
          strings={strings}
          onSelect={session ? (finding) => void selectFindingInExcel(session, finding).catch((e: Error) => setError(e.message)) : undefined}
        />
      )}
      {live && <Text size={200}>{live}</Text>}
      {disclosure && <CompareLastYear disclosure={disclosure} english={!/[\u4e00-\u9fff]/.test(strings.title)} />}
      {disclosure && (
        <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
          <Button appearance="primary" disabled={writing} onClick={() => void writeWorkbook()}>
            {inExcel ? strings.importWorkbook : strings.downloadWorkbook}
          </Button>
          <Button disabled={writing} onClick={() => void writeDraft()}>
            {strings.draftNextYear}
          </Button>
          {writing && <Spinner size="tiny" label={strings.writing} />}
          {done && <Text>{done}</Text>}
        </div>
      )}
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
      <Text size={200} style={{ color: "#666" }}>
        {strings.privacy}
      </Text>
    </main>
  );
}

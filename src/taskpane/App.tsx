import * as React from "react";
import { Button, Spinner, Text, Textarea, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { readDisclosure } from "../core/reader";
import { checkDisclosure, type Finding } from "../core/rules";
import type { Disclosure } from "../core/model";
import { Preview } from "./components/Preview";
import { Findings } from "./components/Findings";
import { CompareLastYear } from "./components/CompareLastYear";
import { SOURCES, textFileSource } from "./sources";
import type { Strings } from "./strings";
import {
  addShortFunctionNames,
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
        // From now on every edit of the imported sheets re-runs the whole catalogue.
        const started: LiveSession = { disclosure, sheets: result.sheets };
        setSession(started);
        await stopWatching.current?.();
        stopWatching.current = await watchImported(
          started,
          ({ findings: updated, elapsedMs }) => {
            setFindings(updated);
            setLive(`${strings.liveChecked}${Math.round(elapsedMs)} ms`);
          },
          setError,
        );
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

  const run = React.useCallback((input: string) => {
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
        setDisclosure(result.disclosure);
        setFindings(checkDisclosure(result.disclosure));
      }
      setBusy(false);
    }, 0);
  }, []);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const content = await textFileSource.readFile(file);
      setText(content);
      run(content);
    } catch (e) {
      setError(e instanceof RangeError ? strings.fileTooLarge : `${strings.notText}：${(e as Error).message}`);
    }
  };

  return (
    <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
      <Text as="h1" size={500} weight="semibold">
        {strings.title}
      </Text>
      <section aria-label={strings.sourceHeading}>
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
          <input ref={fileInput} type="file" accept={SOURCES.flatMap((s) => s.accept).join(",")} hidden onChange={onFile} data-testid="file-input" />
        </div>
      </section>
      {busy && <Spinner size="tiny" label={strings.reading} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
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
                  `${strings.namesAdded}${r.added.join("、") || "—"}${r.conflicting.length > 0 ? `；${strings.namesKept}${r.conflicting.join("、")}` : ""}`,
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

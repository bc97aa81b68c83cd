import * as React from "react";
import { Button, Text, Textarea } from "@fluentui/react-components";
import type { Strings } from "../strings";

export interface SourceInputProps {
  strings: Strings;
  text: string;
  busy: boolean;
  accept: string;
  onChange: (text: string) => void;
  onRead: () => void;
  /** One text file, or one or more PDFs (text and tables published apart): picked or dropped. */
  onFiles: (files: File[]) => void;
  onClear: () => void;
}

/** The disclosure's text: pasted, or opened from a file. The read button says why it is disabled. */
export function SourceInput({ strings, text, busy, accept, onChange, onRead, onFiles, onClear }: SourceInputProps) {
  const fileInput = React.useRef<HTMLInputElement>(null);
  const empty = text.trim() === "";
  return (
    <section
      aria-labelledby="source-heading"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onFiles([...event.dataTransfer.files]);
      }}
    >
      <Text as="h2" id="source-heading" size={400} weight="semibold" block style={{ margin: "0 0 4px" }}>
        {strings.sourceHeading}
      </Text>
      <Textarea
        aria-label={strings.pastePlaceholder}
        placeholder={strings.pastePlaceholder}
        value={text}
        onChange={(_, data) => onChange(data.value)}
        resize="vertical"
        style={{ width: "100%" }}
        // The text area itself is as tall as its frame, so a click anywhere in the frame lands in it.
        textarea={{ style: { minHeight: 120, maxHeight: "none" } }}
      />
      <div style={{ display: "flex", gap: 8, marginTop: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" disabledFocusable={busy || empty} aria-describedby={empty ? "empty-hint" : undefined} onClick={onRead}>
          {strings.read}
        </Button>
        <Button onClick={() => fileInput.current?.click()}>{strings.openFile}</Button>
        {!empty && (
          <Button appearance="subtle" onClick={onClear} style={{ minWidth: 0 }}>
            {strings.clear}
          </Button>
        )}
        <input
          ref={fileInput}
          type="file"
          accept={accept}
          multiple
          hidden
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length > 0) onFiles(files);
          }}
          data-testid="file-input"
        />
      </div>
      {empty && (
        <Text id="empty-hint" size={200} block style={{ marginTop: 4 }}>
          {strings.emptyHint}
        </Text>
      )}
    </section>
  );
}

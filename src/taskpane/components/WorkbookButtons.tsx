import * as React from "react";
import { Button, Spinner, Text } from "@fluentui/react-components";
import type { Strings } from "../strings";

export interface WorkbookButtonsProps {
  strings: Strings;
  inExcel: boolean;
  /** False while the text has changed since it was read: nothing stale is ever written. */
  ready: boolean;
  writing: boolean;
  done: string | null;
  onWorkbook: () => void;
  onDraft: () => void;
}

/** Import into the open workbook (inside Excel) or download an .xlsx; next year's draft. */
export function WorkbookButtons({ strings, inExcel, ready, writing, done, onWorkbook, onDraft }: WorkbookButtonsProps) {
  const disabled = writing || !ready;
  return (
    <section aria-labelledby="actions-heading">
      <Text as="h2" id="actions-heading" size={400} weight="semibold" block style={{ margin: "0 0 4px" }}>
        {strings.actionsHeading}
      </Text>
      <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
        <Button appearance="primary" disabledFocusable={disabled} aria-describedby={ready ? undefined : "stale-hint"} onClick={onWorkbook}>
          {inExcel ? strings.importWorkbook : strings.downloadWorkbook}
        </Button>
        <Button disabledFocusable={disabled} aria-describedby={ready ? undefined : "stale-hint"} onClick={onDraft}>
          {strings.draftNextYear}
        </Button>
        {writing && <Spinner size="tiny" label={strings.writing} />}
      </div>
      {!ready && (
        <Text id="stale-hint" size={200} block style={{ marginTop: 4 }}>
          {strings.staleHint}
        </Text>
      )}
      {done && (
        <Text block role="status" style={{ marginTop: 4 }}>
          {done}
        </Text>
      )}
    </section>
  );
}

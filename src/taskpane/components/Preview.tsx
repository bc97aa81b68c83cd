import { messageIn } from "../../core/messages";
import * as React from "react";
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { Disclosure } from "../../core/model";
import { TABLE_NUMBERS, findTable } from "../../core/model";
import { tableSpec } from "../../core/tableSpecs";
import { templateById } from "../../core/templates";
import type { Strings } from "../strings";

/** What was read: the 13 tables (or another template's tables) with their row counts, and the reader's warnings. Collapsed: the verdict comes first. */
export function Preview({ disclosure, strings }: { disclosure: Disclosure; strings: Strings }) {
  // Another province's template: its own tables, found or not (never the 13 Shanxi tables).
  const template = disclosure.templateTables && disclosure.template ? templateById(disclosure.template) : undefined;
  const english = strings.lang === "en";
  return (
    <section aria-labelledby="preview-heading">
      <details>
        <summary style={{ cursor: "pointer" }}>
          <Text as="h2" id="preview-heading" size={400} weight="semibold" style={{ display: "inline", margin: 0 }}>
            {template ? `${strings.previewHeading}${strings.colon}${template.name[english ? "en" : "zh"]}` : strings.showPreview}
          </Text>
        </summary>
        <Table size="extra-small" aria-labelledby="preview-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.table}</TableHeaderCell>
              <TableHeaderCell>{strings.rows}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {disclosure.templateTables?.map((t) => (
              <TableRow key={t.no}>
                <TableCell>{strings.tableName(t.no, t.title)}</TableCell>
                <TableCell>
                  {!t.found ? (
                    <Badge color={template?.tables.find((x) => x.no === t.no)?.optional ? "warning" : "danger"}>{strings.missing}</Badge>
                  ) : t.empty ? (
                    <Badge appearance="outline">{strings.empty}</Badge>
                  ) : (
                    t.rows.filter((r) => r.values.some((v) => v !== null) || r.parts?.some((p) => p.values.some((v) => v !== null))).length
                  )}
                </TableCell>
              </TableRow>
            ))}
            {!disclosure.templateTables &&
              TABLE_NUMBERS.map((no) => {
                const table = findTable(disclosure, no);
                return (
                  <TableRow key={no}>
                    <TableCell>{strings.tableName(no, tableSpec(no).title)}</TableCell>
                    <TableCell>
                      {!table ? (
                        <Badge color="danger">{strings.missing}</Badge>
                      ) : table.empty ? (
                        <Badge appearance="outline">{strings.empty}</Badge>
                      ) : (
                        table.rows.filter((r) => r.values.some((v) => v !== null)).length
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
          </TableBody>
        </Table>
        {disclosure.warnings.length > 0 && (
          <>
            <Text as="h3" size={300} weight="semibold" block style={{ margin: "8px 0 4px" }}>
              {strings.counted(strings.readerWarnings, disclosure.warnings.length)}
            </Text>
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {disclosure.warnings.map((w, i) => (
                <li key={i}>
                  {w.line ? `${strings.lines([w.line])}${strings.colon}` : ""}
                  {messageIn(w, strings.messages)}
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </section>
  );
}

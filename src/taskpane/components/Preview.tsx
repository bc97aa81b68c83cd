import * as React from "react";
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { Disclosure } from "../../core/model";
import { TABLE_NUMBERS, findTable } from "../../core/model";
import { tableSpec } from "../../core/tableSpecs";
import type { Strings } from "../strings";

export function Preview({ disclosure, strings }: { disclosure: Disclosure; strings: Strings }) {
  return (
    <section aria-label={strings.previewHeading}>
      <Text weight="semibold" block>
        {strings.previewHeading}
      </Text>
      <Text block>
        {strings.unit}：{disclosure.unit ?? "—"}，{strings.year}：{disclosure.year ?? "—"}
      </Text>
      <Table size="extra-small" aria-label="tables">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.table}</TableHeaderCell>
            <TableHeaderCell>{strings.rows}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {TABLE_NUMBERS.map((no) => {
            const table = findTable(disclosure, no);
            return (
              <TableRow key={no}>
                <TableCell>
                  表{no} {tableSpec(no).title}
                </TableCell>
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
        <details>
          <summary>
            {strings.readerWarnings}（{disclosure.warnings.length}）
          </summary>
          <ul>
            {disclosure.warnings.map((w, i) => (
              <li key={i}>
                {w.line ? `${w.line}${strings.line}：` : ""}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

import { messageIn, quote } from "../../core/messages";
import * as React from "react";
import { Badge, Text, tokens } from "@fluentui/react-components";
import type { Disclosure } from "../../core/model";
import type { Strings } from "../strings";
import { countKinds, figuresLine, type Kind, type MergedFinding } from "../findingView";

export const KIND_COLORS: Record<Kind, "danger" | "warning" | "informative" | "subtle"> = {
  error: "danger",
  warning: "warning",
  rounding: "subtle",
  info: "informative",
};

export function kindLabel(kind: Kind, strings: Strings): string {
  return { error: strings.errors, warning: strings.warnings, rounding: strings.rounding, info: strings.infos }[kind];
}

/** How many errors, warnings, 尾差 and notes, said as a sentence (for screen readers: the live region reads it). */
export function verdictSentence(disclosure: Disclosure, findings: readonly MergedFinding[], strings: Strings): string {
  const counts = countKinds(findings);
  const unit = disclosure.unit && strings.messages === "en" ? quote(disclosure.unit) : (disclosure.unit ?? "—");
  const head = `${unit} ${disclosure.year ?? ""}`.trim();
  const warnings = disclosure.warnings.length > 0 ? strings.verdictReaderWarnings(disclosure.warnings.length) : "";
  return `${head}${strings.colon}${counts.error === 0 ? strings.verdictNoErrors : ""}${strings.verdictCounts(counts)}${warnings}`;
}

/** The answer first: counts by kind and the first errors with their figures, right under the input. */
export function Verdict({ disclosure, findings, strings }: { disclosure: Disclosure; findings: readonly MergedFinding[]; strings: Strings }) {
  const counts = countKinds(findings);
  const errors = findings.filter((f) => f.severity === "error").slice(0, 3);
  return (
    <section
      aria-labelledby="verdict-heading"
      style={{ borderLeft: `4px solid ${counts.error > 0 ? tokens.colorPaletteRedBorder2 : tokens.colorPaletteGreenBorder2}`, paddingLeft: 8 }}
    >
      <Text as="h2" id="verdict-heading" size={400} weight="semibold" block style={{ margin: 0 }}>
        {strings.verdictHeading}
      </Text>
      <Text block>
        {strings.unit}
        {strings.colon}
        {disclosure.unit ? (strings.messages === "en" ? quote(disclosure.unit) : disclosure.unit) : "—"}
        {strings.messages === "en" ? ", " : "，"}
        {strings.year}
        {strings.colon}
        {disclosure.year ?? "—"}
      </Text>
      <div style={{ display: "flex", gap: 6, flexWrap: "wrap", margin: "6px 0" }} data-testid="verdict-counts">
        {(["error", "warning", "rounding", "info"] as Kind[]).map((kind) => (
          <Badge key={kind} color={KIND_COLORS[kind]} appearance={counts[kind] > 0 ? "filled" : "outline"}>
            {kindLabel(kind, strings)} {counts[kind]}
          </Badge>
        ))}
      </div>
      {errors.length === 0 && <Text block>{strings.verdictNoErrors}</Text>}
      {errors.length > 0 && (
        <>
          <Text as="h3" size={300} weight="semibold" block style={{ margin: "4px 0" }}>
            {strings.firstErrors}
          </Text>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {errors.map((f, i) => (
              <li key={i} style={{ marginBottom: 4 }}>
                {messageIn(f, strings.messages)}
                {figuresLine(f, strings) && (
                  <Text size={200} block>
                    {figuresLine(f, strings)}
                  </Text>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

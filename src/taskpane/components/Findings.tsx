import { messageIn } from "../../core/messages";
import * as React from "react";
import { Badge, Dropdown, Link, Option, Text, tokens } from "@fluentui/react-components";
import { ruleById } from "../../core/rules";
import type { Strings } from "../strings";
import { figuresLine, groupByTable, kindOf, placeText, type Kind, type MergedFinding } from "../findingView";
import { KIND_COLORS, kindLabel } from "./Verdict";

const SECONDARY = { color: tokens.colorNeutralForeground3 };

/** Where a fact was seen: in Excel a button that selects the row; elsewhere the source lines as text. */
function Places({ finding, strings, onSelect }: { finding: MergedFinding; strings: Strings; onSelect?: (finding: MergedFinding) => void }) {
  const many = finding.places.length > 1;
  if (finding.lines.length === 0 && !many) return null;
  const place = (p: MergedFinding["places"][number]) => placeText(finding, p, strings);
  return (
    <Text size={200} block style={SECONDARY}>
      {many && strings.places(finding.places.length)}
      {finding.places.map((p, i) => (
        <React.Fragment key={i}>
          {i > 0 && strings.separator}
          {onSelect && p.lines.length > 0 ? (
            <Link as="button" inline onClick={() => onSelect({ ...finding, tables: p.tables, lines: p.lines })} title={strings.selectInSheet}>
              {place(p)}
            </Link>
          ) : (
            place(p)
          )}
        </React.Fragment>
      ))}
    </Text>
  );
}

function FindingItem({ finding, strings, onSelect }: { finding: MergedFinding; strings: Strings; onSelect?: (finding: MergedFinding) => void }) {
  const kind = kindOf(finding);
  const rule = ruleById(finding.rule);
  const figures = figuresLine(finding, strings);
  return (
    <li style={{ marginBottom: 8 }}>
      <Badge size="small" color={KIND_COLORS[kind]} style={{ marginRight: 4 }}>
        {kindLabel(kind, strings)}
      </Badge>
      {messageIn(finding, strings.messages)}
      {figures && (
        <Text size={200} block>
          {figures}
        </Text>
      )}
      <Places finding={finding} strings={strings} onSelect={onSelect} />
      <Text size={200} block style={SECONDARY}>
        {strings.rule} {finding.rule}
        {rule ? `${strings.colon}${rule.description[strings.messages]}` : ""}
      </Text>
    </li>
  );
}

/** Every finding, one per fact, grouped by table in table order; a filter by kind. */
export function Findings({
  findings,
  strings,
  onSelect,
}: {
  findings: readonly MergedFinding[];
  strings: Strings;
  onSelect?: (finding: MergedFinding) => void;
}) {
  const [filter, setFilter] = React.useState<Kind | "all">("all");
  const shown = filter === "all" ? findings : findings.filter((f) => kindOf(f) === filter);
  const kinds: Kind[] = ["error", "warning", "rounding", "info"];
  return (
    <section aria-labelledby="findings-heading">
      <Text as="h2" id="findings-heading" size={400} weight="semibold" block style={{ margin: "0 0 4px" }}>
        {strings.findingsHeading}
      </Text>
      {findings.length === 0 ? (
        <Text block>{strings.noFindings}</Text>
      ) : (
        <>
          <Dropdown
            aria-label={strings.filter}
            size="small"
            value={filter === "all" ? strings.all : kindLabel(filter, strings)}
            onOptionSelect={(_, data) => setFilter((data.optionValue as Kind | "all") ?? "all")}
          >
            <Option value="all">{strings.all}</Option>
            {kinds.map((k) => (
              <Option key={k} value={k}>
                {kindLabel(k, strings)}
              </Option>
            ))}
          </Dropdown>
          {groupByTable(shown, strings).map((group) => (
            <div key={group.key}>
              <Text as="h3" size={300} weight="semibold" block style={{ margin: "10px 0 4px" }}>
                {strings.counted(group.label, group.findings.length)}
              </Text>
              <ul style={{ paddingLeft: 16, margin: 0 }}>
                {group.findings.map((f, i) => (
                  <FindingItem key={i} finding={f} strings={strings} onSelect={onSelect} />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

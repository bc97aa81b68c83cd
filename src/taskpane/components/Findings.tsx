import * as React from "react";
import { Badge, Dropdown, Option, Text } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/rules";
import { countBySeverity, ruleById } from "../../core/rules";
import type { Strings } from "../strings";

const COLORS: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings grouped by severity, then by where they are (table, narrative, performance tables). */
export function groupFindings(findings: Finding[]): { key: string; severity: Severity; where: string; findings: Finding[] }[] {
  const groups = new Map<string, { key: string; severity: Severity; where: string; findings: Finding[] }>();
  for (const f of findings) {
    const where = f.scope === "narrative" ? "情况说明" : f.scope === "performance" ? "绩效目标表" : f.tables.map((t) => `表${t}`).join("、") || "其他";
    const key = `${ORDER[f.severity]}|${where}`;
    if (!groups.has(key)) groups.set(key, { key, severity: f.severity, where, findings: [] });
    groups.get(key)!.findings.push(f);
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key, "zh-CN"));
}

export function Findings({ findings, strings, onSelect }: { findings: Finding[]; strings: Strings; onSelect?: (finding: Finding) => void }) {
  const [filter, setFilter] = React.useState<Severity | "all">("all");
  const counts = countBySeverity(findings);
  const label: Record<Severity, string> = { error: strings.errors, warning: strings.warnings, info: strings.infos };
  const shown = filter === "all" ? findings : findings.filter((f) => f.severity === filter);
  return (
    <section aria-label={strings.findingsHeading}>
      <Text weight="semibold" block>
        {strings.findingsHeading}
      </Text>
      <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
        {(["error", "warning", "info"] as Severity[]).map((s) => (
          <Badge key={s} color={COLORS[s]} appearance={counts[s] > 0 ? "filled" : "outline"}>
            {label[s]} {counts[s]}
          </Badge>
        ))}
        <Dropdown
          aria-label="filter"
          size="small"
          value={filter === "all" ? strings.all : label[filter]}
          onOptionSelect={(_, data) => setFilter((data.optionValue as Severity | "all") ?? "all")}
        >
          <Option value="all">{strings.all}</Option>
          <Option value="error">{strings.errors}</Option>
          <Option value="warning">{strings.warnings}</Option>
          <Option value="info">{strings.infos}</Option>
        </Dropdown>
      </div>
      {findings.length === 0 ? (
        <Text block>{strings.noFindings}</Text>
      ) : (
        groupFindings(shown).map((group) => (
          <div key={group.key}>
            <Text weight="semibold" size={300} block style={{ marginTop: 8 }}>
              {label[group.severity]} · {group.where}（{group.findings.length}）
            </Text>
            <ul style={{ paddingLeft: 16, margin: "4px 0" }}>
              {group.findings.map((f, i) => (
                <li key={i} style={{ marginBottom: 6 }}>
                  {f.message}
                  {f.lines.length > 0 && (
                    <Text size={200} style={{ color: "#666" }}>
                      {" "}
                      （
                      {f.lines.slice(0, 3).map((line, j) => (
                        <a key={j} href="#" onClick={(e) => (e.preventDefault(), onSelect?.(f))} style={{ marginRight: 4 }}>
                          {line}
                          {strings.line}
                        </a>
                      ))}
                      ）
                    </Text>
                  )}
                  <Text size={200} block style={{ color: "#888" }} title={ruleById(f.rule)?.description.zh}>
                    {strings.rule} {f.rule}：{ruleById(f.rule)?.description.zh}
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

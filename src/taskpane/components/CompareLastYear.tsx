/**
 * 对比上年: takes last year's disclosure (a text file) and lists what the comparison finds — stated
 * changes that disagree with what last year published, large changes without a reason, items that
 * appeared or disappeared — with both documents' line numbers.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { compareDisclosures, type Comparison } from "../../core/compare";
import type { Disclosure } from "../../core/model";
import { readDisclosure } from "../../core/reader";
import { textFileSource } from "../sources";

const TEXT = {
  zh: {
    heading: "对比上年",
    choose: "选择上年的预算公开…",
    hint: "选择上年公开的文本文件，核对本年“比上年增加/减少”“与上年相同”的说法和各表的变动",
    summary: (c: Comparison) => {
      const s = c.statements;
      const n = (v: string) => s.filter((x) => x.verdict === v).length;
      return `同比说法${s.length}条：一致${n("agrees")}条，不一致${n("differs")}条，尾差${n("rounding")}条，未能核对${n("not-found")}条；对比${c.tables.length}张表`;
    },
    severity: { error: "错误", warning: "提示", info: "说明" },
    thisLines: "本年第",
    lastLines: "上年第",
    lineUnit: "行",
    nothing: "没有发现与上年不符之处",
    notRead: "无法读取上年的文件：",
  },
  en: {
    heading: "Compare with last year",
    choose: "Choose last year's disclosure…",
    hint: "Choose last year's published text to check this year's year-on-year statements and table changes",
    summary: (c: Comparison) => {
      const s = c.statements;
      const n = (v: string) => s.filter((x) => x.verdict === v).length;
      return `${s.length} year-on-year statements: ${n("agrees")} agree, ${n("differs")} differ, ${n("rounding")} rounding, ${n("not-found")} not checked; ${c.tables.length} tables compared`;
    },
    severity: { error: "Error", warning: "Warning", info: "Note" },
    thisLines: "this year line ",
    lastLines: "last year line ",
    lineUnit: "",
    nothing: "Nothing disagrees with last year",
    notRead: "Last year's file could not be read: ",
  },
};

export function CompareLastYear({ disclosure, english = false }: { disclosure: Disclosure; english?: boolean }) {
  const t = english ? TEXT.en : TEXT.zh;
  const input = React.useRef<HTMLInputElement>(null);
  const [comparison, setComparison] = React.useState<Comparison | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  // A new document clears the previous comparison.
  React.useEffect(() => setComparison(null), [disclosure]);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setError(null);
    try {
      const result = readDisclosure(await textFileSource.readFile(file));
      if (!result.ok) throw new Error(result.error);
      setComparison(compareDisclosures(result.disclosure, disclosure));
    } catch (e) {
      setComparison(null);
      setError(`${t.notRead}${(e as Error).message}`);
    }
  };

  const order = { error: 0, warning: 1, info: 2 };
  return (
    <section aria-label={t.heading}>
      <Text weight="semibold" block>
        {t.heading}
      </Text>
      <Text size={200} block>
        {t.hint}
      </Text>
      <Button onClick={() => input.current?.click()}>{t.choose}</Button>
      <input ref={input} type="file" accept={textFileSource.accept.join(",")} hidden onChange={onFile} data-testid="last-year-input" />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {comparison && (
        <div>
          <Text block>{t.summary(comparison)}</Text>
          {comparison.findings.length === 0 ? (
            <Text block>{t.nothing}</Text>
          ) : (
            <ul aria-label={t.heading}>
              {[...comparison.findings]
                .sort((a, b) => order[a.severity] - order[b.severity])
                .map((f, i) => (
                  <li key={i}>
                    <Text>
                      [{t.severity[f.severity]}] {f.message}
                      {f.lines.length > 0 && `（${t.thisLines}${f.lines.join("、")}${t.lineUnit}）`}
                      {f.lastLines.length > 0 && `（${t.lastLines}${f.lastLines.join("、")}${t.lineUnit}）`}
                    </Text>
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

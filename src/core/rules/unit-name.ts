import { L, type Localized, linesLabel, quote } from "../messages";
import { narrativeSentences, proseOf, scannableLines } from "../text/documentText";
import type { Rule } from "./types";

const TABLE_LABEL = /^(?:(?:单位|部门)名称|编制单位|编制部门)[:：]?(.+?)(?:单位[:：].*)?$/;
/** Shanghai's cover: "预算单位：X" (单位 budget) or "预算主管部门：X" (部门 budget). */
const COVER_LABEL = /^(?:预算单位|预算主管部门)[:：](.+)$/;
const COVER_TITLE = /^(.+?)20\d\d年度?(?:单位|部门)预算公开/;
/** The narrative's sentences that open with the year and the unit's name ("2025年度X预算收入总计…"). */
const NARRATIVE_NAME =
  /^20\d\d年度?(.{2,40}?)(?:预算收入|支出预算|财政拨款收支总预算|一般公共预算当年支出|一般公共预算安排|财政拨款安排|政府采购预算总额|纳入绩效目标管理)/;
const SELF = /^(?:本|我)(?:单位|部门)$/;
/** Shanghai's 预算编制说明 opens "2025年，X收入预算…" (Jiangsu's sentences give no name in a fixed place). */
const TEMPLATE_NARRATIVE_NAME = /^20\d\d年度?[，,](.{2,40}?)(?:收入预算|支出预算)/;

interface NameUse {
  name: string;
  where: Localized;
  line: number;
}

/** The unit's name is the same on the cover, in the tables' headers and in the narrative. */
export const unitName: Rule = {
  id: "unit-name",
  description: {
    zh: "封面、各表“单位名称”和情况说明中的单位名称应一致",
    en: "The unit's name is the same on the cover, in the tables' headers and in the narrative",
  },
  tables: [],
  scope: "narrative",
  severity: "warning",
  check(ctx) {
    const d = ctx.disclosure;
    if (!d.unit) return;
    const reference = proseOf(d.unit);
    const uses: NameUse[] = [];
    // Another template's cover is its title and a label (上海市普陀区2025年区级单位预算 / 预算单位：X): only the label names the unit.
    const otherTemplate = d.template !== undefined && d.template !== "shanxi-13";
    let coverSeen = otherTemplate;
    for (const line of scannableLines(d)) {
      if (otherTemplate && line.role === "front") {
        const label = COVER_LABEL.exec(line.prose);
        if (label) uses.push({ name: label[1], where: L("封面", "the cover"), line: line.no });
        continue;
      }
      if (line.role === "front" ? coverSeen : line.role !== "table" || (line.text.indexOf("名称") < 0 && line.text.indexOf("编制") < 0)) continue;
      const text = line.prose;
      // A cover line names the unit in Chinese: stray bytes (U+FFFD) and watermarks are passed over.
      if (text === "" || text === "仅供内部审核" || text.includes("\ufffd") || !/[\u4e00-\u9fff]{2}/.test(text)) continue;
      if (line.role === "front") {
        coverSeen = true;
        const cover = COVER_TITLE.exec(text)?.[1] ?? (text.length <= 40 && !/预算公开|目录/.test(text) ? text : null);
        if (cover) uses.push({ name: cover, where: L("封面", "the cover"), line: line.no });
      } else if (line.role === "table") {
        // The label's own cell: "单位名称⇥2025预算数" is a column header, not a label.
        const m = TABLE_LABEL.exec(proseOf(line.text.trim().split("\t")[0]));
        if (m) uses.push({ name: m[1], where: L("表头“单位名称”", "a table heading (“单位名称”)"), line: line.no });
      }
    }
    for (const sentence of narrativeSentences(d)) {
      const m = (otherTemplate ? TEMPLATE_NARRATIVE_NAME : NARRATIVE_NAME).exec(sentence.text);
      if (m && !SELF.test(m[1])) uses.push({ name: m[1], where: L("情况说明", "the narrative"), line: sentence.line });
    }
    const differing = new Map<string, NameUse[]>();
    for (const use of uses) {
      // A name cut by its cell's width ("部门名称：江苏省人大" over "常委会办公厅") is not another name.
      if (use.name === reference || (use.where.zh !== "情况说明" && reference.startsWith(use.name) && use.name.length >= 4)) continue;
      differing.set(use.name, [...(differing.get(use.name) ?? []), use]);
    }
    for (const [name, list] of differing) {
      const places = [...new Set(list.map((u) => u.where.zh))].join("、");
      const placesEn = [...new Set(list.map((u) => u.where.en))].join(", ");
      ctx.report({
        tables: [],
        message: L(
          `${places}中的单位名称“${name}”与各表的“${reference}”不一致（第${list.map((u) => u.line).join("、")}行）`,
          `the unit's name ${quote(name)} in ${placesEn} differs from the tables' ${quote(reference)} (${
            linesLabel(
              list.map((u) => u.line),
              99,
            ).en
          })`,
        ),
        expected: reference,
        actual: name,
        lines: list.map((u) => u.line),
      });
    }
  },
};

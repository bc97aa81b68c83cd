/** The pure layout on hand-built pages: what each rule of the layout is for, one case each. */
import { layOutDocument, type PdfTextItem } from "../../src/core/sources/pdfLayout";
import type { Ruling } from "../../src/core/sources/pdfOperators";

const SIZE = 10;
/** A text item at (x, y) whose width is its usual advance (CJK a full em, others half). */
function item(str: string, x: number, y: number, transform?: number[]): PdfTextItem {
  const width = [...str].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? SIZE : SIZE / 2), 0);
  return { str, transform: transform ?? [SIZE, 0, 0, SIZE, x, y], width, height: SIZE };
}
const h = (y: number, x1: number, x2: number): Ruling => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Ruling => ({ x1: x, y1, x2: x, y2 });

describe("ruled tables", () => {
  // Columns 0–60 | 60–200 | 200–300 | 300–400; rows 500–480 header, 480–440 (tall), 440–420.
  const rulings = [
    h(500, 0, 400),
    h(480, 0, 400),
    h(440, 0, 400),
    h(420, 0, 400),
    v(0, 420, 500),
    v(60, 420, 480),
    v(200, 420, 500),
    v(300, 420, 480),
    v(400, 420, 500),
  ];
  const items = [
    item("项目", 80, 486), // merged header cell over columns 0–1
    item("金额", 320, 486), // merged over columns 2–3
    item("201", 5, 456),
    item("一般公共服务", 65, 465), // a name wrapped onto two lines inside its cell
    item("支出", 65, 450),
    item("1,234.00", 255, 456), // right-aligned in a wide column
    item("202", 5, 426),
    item("外交支出", 65, 426),
    item("5.00", 380, 426), // the middle value column left empty
    item("仅供内部审核", 100, 300, [7, 7, -7, 7, 100, 300]), // a watermark at 45°
    item("3", 200, 30), // the page number
  ];
  const out = layOutDocument([{ items, rulings }]);

  test("one line per row, TAB between cells, empty cells kept, wrapped cell joined", () => {
    expect(out.lines).toEqual(["项目\t\t金额\t", "201\t一般公共服务支出\t1,234.00\t", "202\t外交支出\t\t5.00"]);
  });
  test("the watermark and the page number are dropped; each line knows its page", () => {
    expect(out.lines.join("\n")).not.toContain("仅供");
    expect(out.origins).toEqual([
      { page: 1, lineOnPage: 1 },
      { page: 1, lineOnPage: 2 },
      { page: 1, lineOnPage: 3 },
    ]);
  });
});

describe("tables split by a page", () => {
  // Page 1: columns 0–60 | 60–200 | 200–300 | 300–400. Page 2 continues it on a grid with the code and
  // name columns merged and its first row's top border left on page 1 (only its verticals show it).
  const page1 = {
    items: [item("201", 5, 486), item("一般公共服务", 65, 486), item("1.00", 280, 486), item("8.00", 380, 486)],
    rulings: [h(500, 0, 400), h(480, 0, 400), ...[0, 60, 200, 300, 400].map((x) => v(x, 480, 500))],
  };
  const page2 = {
    items: [item("合计", 20, 766), item("9.00", 380, 766), item("总 计", 20, 746), item("9.00", 380, 746)],
    rulings: [h(760, 0, 400), h(740, 0, 400), ...[0, 200, 400].map((x) => v(x, 740, 780))],
  };
  test("the continuation keeps the first page's columns, its first row read though its top border is on page 1", () => {
    expect(layOutDocument([page1, page2]).lines).toEqual(["201\t一般公共服务\t1.00\t8.00", "合计\t\t\t9.00", "总计\t\t\t9.00"]);
  });
});

test("a ruled cell keeps no gap Word left between Chinese and a Latin letter or digit, nor distributed spacing", () => {
  const items = [item("一、货物 A", 5, 486), item("台式计算机（20 万以下）", 105, 486), item("Laptop PC", 305, 486)];
  const rulings = [h(500, 0, 400), h(480, 0, 400), ...[0, 100, 300, 400].map((x) => v(x, 480, 500))];
  expect(layOutDocument([{ items, rulings }]).lines).toEqual(["一、货物A\t台式计算机（20万以下）\tLaptop PC"]);
});

describe("text outside tables", () => {
  test("columns from gaps when the table has no rulings; empty cells kept", () => {
    const items = [
      item("科目", 10, 500),
      item("上年", 200, 500),
      item("本年", 300, 500),
      item("合计", 10, 480),
      item("10.00", 200, 480),
      item("12.00", 300, 480),
      item("其他", 10, 460),
      item("3.00", 305, 460),
    ];
    expect(layOutDocument([{ items, rulings: [] }]).lines).toEqual(["科目\t上年\t本年", "合计\t10.00\t12.00", "其他\t\t3.00"]);
  });

  test("hard-wrapped paragraphs are rejoined, across a page too; a heading starts anew; figures stay whole", () => {
    const line = (s: string, x: number, y: number) => item(s, x, y);
    // A wrapped line is set to reach the right margin (x = 300), as justified text is.
    const wrapped = (s: string, y: number) => ({ ...item(s, 0, y), width: 300 });
    const page1 = [
      line("一、收入预算情况", 20, 700),
      wrapped("　　本年收入合计34.75万元，增长4.22%，一二三四", 680),
      wrapped("比上年增加1.41万元，一二三四五六七八九十", 665),
      line("少。", 0, 650),
      wrapped("　　2.人大事务支出12.5万元，一二三四五六七八九12.3", 630),
      line("7", 100, 20),
    ];
    const page2 = [line("万元，增长4.1%。", 0, 700), line("二、支出预算情况", 20, 680)];
    const out = layOutDocument([
      { items: page1, rulings: [] },
      { items: page2, rulings: [] },
    ]);
    expect(out.lines).toEqual([
      "一、收入预算情况",
      "本年收入合计34.75万元，增长4.22%，一二三四比上年增加1.41万元，一二三四五六七八九十少。",
      "2.人大事务支出12.5万元，一二三四五六七八九12.3万元，增长4.1%。",
      "二、支出预算情况",
    ]);
    expect(out.origins[2]).toEqual({ page: 1, lineOnPage: 5 });
    expect(out.origins[3]).toEqual({ page: 2, lineOnPage: 2 });
  });

  test("a line stopped short by a figure too wide for the rest of it is continued by that figure; a short line ending a sentence is not", () => {
    const wrapped = (s: string, y: number) => ({ ...item(s, 0, y), width: 300 });
    const page = [
      wrapped("　　一二三四五六七八九十一二三四五六七八九十一二三四五六七八", 700),
      // Ends at x = 260: 40 points left, 24,558.18万元 needs about 60.
      { ...item("比2024年预算执行数增加", 0, 685), width: 260 },
      item("24,558.18万元；事业收入0万元。", 0, 670),
      wrapped("　　一二三四五六七八九十一二三四五六七八九十一二三四五六七八", 650),
      { ...item("持平。", 0, 635), width: 30 },
      item("24,558.18万元另起一段。", 0, 620),
      wrapped("　　一二三四五六七八九十一二三四五六七八九十一二三四五六七八", 600),
      // Room enough for 5万元 at the end of this line: the next line is a new paragraph.
      { ...item("比上年增加一二三四五六七", 0, 585), width: 130 },
      item("5万元另起一段。", 0, 570),
    ];
    expect(layOutDocument([{ items: page, rulings: [] }]).lines).toEqual([
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八比2024年预算执行数增加24,558.18万元；事业收入0万元。",
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八持平。",
      "24,558.18万元另起一段。",
      "一二三四五六七八九十一二三四五六七八九十一二三四五六七八比上年增加一二三四五六七",
      "5万元另起一段。",
    ]);
  });

  test("文号 brackets a font extracts as „ ‟ are given back as 〔 〕", () => {
    const out = layOutDocument([{ items: [item("根据（苏财预„2017‟19号）填列。", 0, 500)], rulings: [] }]);
    expect(out.lines).toEqual(["根据（苏财预〔2017〕19号）填列。"]);
  });

  test("a page without text is reported, not skipped silently", () => {
    expect(
      layOutDocument([
        { items: [item("正文内容", 0, 500)], rulings: [] },
        { items: [], rulings: [] },
      ]).pagesWithoutText,
    ).toEqual([2]);
  });
});

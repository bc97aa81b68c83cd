/**
 * Expected contents of the five seed documents, written by reading the documents (line numbers in
 * comments point at them) — not by copying the reader's output. Amounts in 万元 unless marked 元.
 */
export interface SeedGolden {
  file: string;
  unit: string;
  year: number;
  level: "单位" | "部门";
  /** Table number → its 合计 row (expenditure side for tables 1 and 4). */
  totals: Record<number, (number | null)[]>;
  /** Tables 2, 3 and 5 share these codes. */
  codes: string[];
  emptyTables: number[];
  /** Tables 7–13 whose empty state is declared with 注：本表无数据. */
  emptyNotes: number[];
  t1Classes: Record<string, number>;
  t6Rows: number;
  t12: { subtotal: number; projects: [string, number][] };
  narrative: {
    3: { total: number; basic: [number, number]; project: [number, number] };
    5: { total: number; change: ["increase" | "decrease", number, number]; classes: [string, number, number][] };
    6: { basic: number; personnel: number; operating: number };
    9: { total: number; goods: number; works: number; services: number };
  };
  /** Project name → 年度资金总额 in 元. */
  performance: [string, number][];
  performanceCount: number;
}

export const SEEDS: SeedGolden[] = [
  {
    file: "000_206854ab748b39c9.txt",
    unit: "大同市政务服务中心",
    year: 2025,
    level: "单位",
    totals: {
      1: [856.71, 856.71, null], // line 121
      2: [856.71, 856.71, null, null, null, null, null], // line 133
      3: [856.71, 172.13, 684.58], // line 159
      4: [856.71, 856.71, null, null], // line 216
      5: [856.71, 172.13, 684.58], // line 232
      6: [438.68, 424.44, 14.24], // line 258: the document's own inconsistency with table 5
      11: [15.98, 15.98, null, null], // line 347
    },
    codes: [
      "201",
      "20103",
      "2010301",
      "2010306",
      "208",
      "20805",
      "2080501",
      "2080505",
      "210",
      "21011",
      "2101101",
      "2101103",
      "221",
      "22102",
      "2210201",
      "2210202",
    ],
    emptyTables: [7, 8, 9, 10, 13],
    emptyNotes: [7, 8, 9, 10, 13],
    t1Classes: { 一般公共服务支出: 807.26, 社会保障和就业支出: 24.01, 卫生健康支出: 9.16, 住房保障支出: 16.28 },
    t6Rows: 23, // 合计, 工资福利支出 + 7, 商品和服务支出 + 11, 对个人和家庭的补助 + 1
    t12: {
      subtotal: 684.58,
      projects: [
        ["J残疾人就业保障金", 2.4],
        ["Z政务工作运行经费", 33.25],
        ["QT财政其他供养人员", 8.33],
        ["J政务工作运行经费", 14.08],
        ["Z大楼管理运行经费", 192.0],
        ["Z政务大厅物业管理服务费", 71.13],
        ["Z网络系统、软件平台运维费", 76.0],
        ["Z网络专线接入服务", 75.0],
        ["Z网络信息安全运维", 49.6],
        ["Z大厅硬件设备升级改造", 6.0],
        ["X政务大厅二厅综合改造费", 107.29],
        ["X政务大厅二厅运转经费", 49.5],
      ],
    },
    narrative: {
      3: { total: 856.71, basic: [172.13, 20.09], project: [684.58, 79.91] }, // line 400
      5: {
        total: 856.71,
        change: ["increase", 86.53, 11.24], // line 411
        classes: [
          ["一般公共服务支出", 807.26, 94.23],
          ["社会保障和就业支出", 24.01, 2.8],
          ["卫生健康支出", 9.16, 1.07],
          ["住房保障支出", 16.28, 1.9],
        ],
      },
      6: { basic: 438.68, personnel: 424.44, operating: 14.24 }, // lines 423-427
      9: { total: 458.49, goods: 0, works: 90.05, services: 368.44 }, // line 445
    },
    performance: [
      ["J残疾人就业保障金", 24016.72],
      ["QT财政其他供养人员", 83334],
      ["X政务大厅二厅运转经费", 495000],
      ["Z大楼管理运行经费", 1920000],
      ["Z政务大厅物业管理服务费", 711262],
      ["J政务工作运行经费", 140800],
      ["2网络系统、软件平台运维费", 760000],
      ["Z网络信息安全运维", 496000],
      ["Z网络专线接入服务", 750000],
      ["Z大厅硬件设备升级改造", 60000],
    ],
    performanceCount: 10,
  },
  {
    file: "001_4cf549d8e949f1ac.txt",
    unit: "山西转型综合改革示范区行政审批局",
    year: 2025,
    level: "部门",
    totals: {
      1: [3011.46, 3011.46, null],
      2: [3011.46, 3011.46, null, null, null, null, null],
      3: [3011.46, 11.46, 3000.0],
      5: [3011.46, 11.46, 3000.0],
      6: [11.46, null, 11.46], // line 208
    },
    codes: ["201", "20103", "2010302", "2010350"],
    emptyTables: [7, 8, 9, 10, 11, 13],
    emptyNotes: [7, 8, 9, 10, 11, 13],
    t1Classes: { 一般公共服务支出: 3011.46 },
    t6Rows: 7,
    t12: {
      subtotal: 3000.0, // printed twice, lines 292-293
      projects: [
        ["办公设备购置购置费", 6.0],
        ["培训经费", 3.0],
        ["宣传资料印刷经费", 20.0],
        ["建设项目政府统一服务费", 1344.95],
        ["公务出行交通补贴经费", 4.0],
        ["信息化项目尾款", 720.1],
        ["审批业务学习调研专项经费", 7.0],
        ["委托业务经费", 98.5],
        ["派遣人员经费", 170.0],
        ["档案管理服务费", 126.45],
        ["行政审批局帮代办及综合窗口服务", 500.0],
      ],
    },
    narrative: {
      3: { total: 3011.46, basic: [11.46, 0.38], project: [3000, 99.62] }, // line 333
      5: { total: 3011.46, change: ["decrease", 488.54, 13.96], classes: [["一般公共预算服务支出", 3011.46, 100]] }, // lines 344, 348
      6: { basic: 11.46, personnel: 0, operating: 11.46 },
      9: { total: 1053.3, goods: 7.0, works: 0, services: 1046.3 }, // line 371
    },
    // The attached tables belong to another unit (政务服务中心); a few of them.
    performance: [
      ["办公设备购置经费", 300000],
      ["公共服务平台服务费", 4112700],
      ["公务出行交通补贴经费", 60000],
    ],
    performanceCount: 20,
  },
  {
    file: "002_5fdab3ab01a01bfd.txt",
    unit: "大同市行政审批服务管理局",
    year: 2026,
    level: "单位",
    totals: {
      1: [1564.72, 1564.72, null],
      2: [1564.72, 1564.72, null, null, null, null, null],
      3: [1564.72, 973.99, 590.73],
      4: [1564.72, 1564.72, null, null],
      5: [1564.72, 973.99, 590.73],
      6: [973.99, 875.35, 98.64],
      11: [98.64, 98.64, null, null],
    },
    codes: [
      "201",
      "20103",
      "2010301",
      "2010306",
      "208",
      "20805",
      "2080501",
      "2080505",
      "210",
      "21007",
      "2100799",
      "21011",
      "2101101",
      "2101103",
      "221",
      "22102",
      "2210201",
      "2210202",
    ],
    emptyTables: [7, 8, 9, 10, 13],
    emptyNotes: [7, 8, 9, 10, 13],
    t1Classes: { 一般公共服务支出: 1300.26, 社会保障和就业支出: 113.97, 卫生健康支出: 52.61, 住房保障支出: 97.88 },
    t6Rows: 26,
    t12: {
      subtotal: 590.73,
      projects: [
        ["Z评审经费", 35.4],
        ["Z综合窗口服务经费", 216.45],
        ["Z持续优化营商环境经费", 162.88],
        ["J残疾人就业保障金", 11.28],
        ["J一枚印章管审批改革工作经费", 114.72],
        ["Z政务服务能力提升经费", 50.0],
      ],
    },
    narrative: {
      3: { total: 1564.72, basic: [973.99, 62.25], project: [590.73, 37.75] },
      5: {
        total: 1564.72,
        change: ["decrease", 20.74, 1.31],
        classes: [
          ["一般公共服务支出", 1300.26, 83.1],
          ["社会保障和就业支出", 113.97, 7.28],
          ["卫生健康支出", 52.61, 3.36],
          ["住房保障支出", 97.88, 6.26],
        ],
      },
      6: { basic: 973.99, personnel: 875.35, operating: 98.64 },
      9: { total: 307.25, goods: 2.0, works: 0, services: 305.25 },
    },
    performance: [
      ["J一枚印章管审批改革工作经费", 1147200],
      ["J残疾人就业保障金", 112800],
      ["2综合窗口服务费", 2164500],
      ["Z政务服务能力提升经费", 500000],
      ["Z评审经费", 354000],
      ["Z持续优化营商环境经费", 1628800],
    ],
    performanceCount: 6,
  },
  {
    file: "003_dd2c9fa6441a52f3.txt",
    unit: "阳城县政务服务中心",
    year: 2025,
    level: "单位",
    totals: {
      1: [472.01, 472.01, null],
      3: [472.01, 282.14, 189.87],
      5: [472.01, 282.14, 189.87],
      6: [282.14, 261.32, 20.82],
      10: [1.58, 1.58, null, null], // line 325
    },
    codes: [
      "201",
      "20103",
      "2010350",
      "20199",
      "2019999",
      "208",
      "20805",
      "2080505",
      "2080506",
      "210",
      "21011",
      "2101102",
      "2101103",
      "221",
      "22102",
      "2210201",
    ],
    emptyTables: [7, 8, 9, 11, 13],
    emptyNotes: [7, 8, 9, 11, 13],
    t1Classes: { 一般公共服务支出: 394.41, 社会保障和就业支出: 40.01, 卫生健康支出: 15.84, 住房保障支出: 21.75 },
    t6Rows: 25,
    t12: {
      subtotal: 189.87,
      projects: [
        ["政务大厅运行费", 35.0],
        ["招投标业务费", 23.0],
        ["便民热线座机费用", 2.4],
        ["网络百兆光纤费", 8.0],
        ["移动网络运行", 8.0],
        ["网络运行维护费", 2.8],
        ["政务热线服务费12345", 51.4],
        ["公共资源交易规范化建设", 59.27],
      ],
    },
    narrative: {
      3: { total: 472.01, basic: [282.14, 59.77], project: [189.87, 40.23] },
      5: {
        total: 472.01,
        change: ["decrease", 48.12, 9.25],
        classes: [
          ["一般公共服务支出", 394.41, 83.56],
          ["社会保障和就业支出", 40.01, 8.48],
          ["卫生健康支出", 15.84, 3.36],
          ["住房保障支出", 21.75, 4.61],
        ],
      },
      6: { basic: 282.14, personnel: 261.32, operating: 20.82 },
      9: { total: 63.04, goods: 63.04, works: 0, services: 0 },
    },
    performance: [
      ["便民热线座机费用", 24000],
      ["公共资源交易规范化建设", 592700],
      ["网络千兆光纤费", 80000],
      ["网络运行维护费", 26000], // table 12 says 2.80万元: a defect of the document
    ],
    performanceCount: 8,
  },
  {
    file: "004_6562e89d941fc7ec.txt",
    unit: "朔州市朔城区数字政府服务中心",
    year: 2025,
    level: "单位",
    totals: {
      1: [341.11, 341.11, null],
      2: [341.11, 341.11, null, null, null, null, null], // line 192: 合计 slid into the next column; restored
      3: [341.11, 194.21, 146.9],
      5: [341.11, 194.21, 146.9],
      6: [194.21, 188.51, 5.7],
    },
    codes: [
      "201",
      "20103",
      "2010303",
      "2010350",
      "208",
      "20805",
      "2080502",
      "2080505",
      "210",
      "21007",
      "2100799",
      "21011",
      "2101102",
      "221",
      "22102",
      "2210201",
    ],
    emptyTables: [7, 8, 9, 10, 11, 13],
    emptyNotes: [9],
    t1Classes: { 一般公共服务支出: 293.07, 社会保障和就业支出: 21.26, 卫生健康支出: 8.42, 住房保障支出: 18.36 },
    t6Rows: 16,
    t12: {
      subtotal: 146.9,
      projects: [
        ["办公用房租赁费", 120.0],
        ["网络通讯费", 7.0],
        ["24小时服务大厅免费服务费", 10.0],
        ["好差评系统购置费及维护费", 9.9],
      ],
    },
    narrative: {
      3: { total: 341.11, basic: [194.21, 56.93], project: [146.9, 43.07] }, // line 426
      5: {
        total: 341.11,
        change: ["increase", 3.92, 1.16],
        classes: [
          ["一般公共服务支出", 293.07, 85.92],
          ["社会保障和就业支出", 21.26, 6.23], // "占" and "6.23%" on two lines
          ["卫生健康支出", 8.42, 2.47],
          ["住房保障支出", 18.36, 5.38],
        ],
      },
      6: { basic: 194.21, personnel: 188.51, operating: 5.7 },
      9: { total: 3.93, goods: 3.93, works: 0, services: 0 },
    },
    // OCR-damaged tables: "100, 000" and "70⇥, 000" split over cells.
    performance: [
      ["24小时服务大厅免费服务费", 100000],
      ["网络通讯", 70000],
    ],
    performanceCount: 3, // the narrative says 4; OCR destroyed one title (its figures run on after line 560)
  },
];

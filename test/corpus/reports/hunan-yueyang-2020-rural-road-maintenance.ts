/**
 * 岳阳县农村公路养护 2020 项目绩效自评 (岳阳县财政局制式: 封面 + 一、项目基本概况 in 万元 + 二、项目支出明细情况 in 元).
 * Stored only as a mirror's run-together text in traditional characters (typed here in simplified); it breaks off in the
 * sixth expenditure line, so the ledger has no total. The money cells print "7,00.0,77" (as published: a malformed
 * number, probably 700.0077 万元 under a broken format); typed as text, not annotated (no arithmetic proves a value).
 * Phone number masked.
 */
import type { CorpusReport } from "../types";

const S1 = "自评表";
const S2 = "支出明细";

export const report: CorpusReport = {
  id: "hunan-yueyang-2020-rural-road-maintenance",
  title: "岳阳县农村公路养护（2020年度）项目绩效自评报告",
  url: "http://jhkq666.cn/37584/38146/38295/content_1850903.html",
  province: "湖南",
  year: 2020,
  layouts: ["project-form", "wan-yuan", "yuan"],
  workbook: {
    sheets: [
      {
        name: S1,
        merges: ["A1:H1", "A2:H2", "A3:H3", "A4:H4", "A5:H5", "A6:H6", "A7:H7", "A8:H8", "A9:H9", "B12:H12"],
        rows: [
          ["评价类型：项目实施过程评价□项目完成结果评价□"],
          ["项目名称：岳阳县农村公路养护"],
          ["项目单位：岳阳县农村公路养护中心"],
          ["主管部门：岳阳县交通运输局"],
          ["评价方式：部门（单位）绩效自评"],
          ["评价机构：部门（单位）评价组"],
          ["报告日期：2021年07月12日"],
          ["岳阳县财政局（制）"],
          ["一、项目基本概况"],
          ["项目负责人", "刘军勇", "联系电话", "138****1973"],
          ["项目地址", "岳阳县各乡镇", "邮编", "414100"],
          ["项目起止时间", "2020年元月起至2020年12月止"],
          ["计划安排资金（万元）", 700, "实际到位资金（万元）", "7,00.0,77", "实际支出（万元）", "7,00.0,77", "结余（万元）", 0],
          ["其中：中央财政", null, "其中：中央财政", null, "其中：中央财政", null, "其中：中央财政", null],
          ["省财政", null, "省财政", null, "省财政", null, "省财政", null],
          ["市财政", null, "市财政", null, "市财政", null, "市财政", null],
          ["县财政", 700, "县财政", "7,00.0,77", "县财政", "7,00.0,77", "县财政", null],
          ["其它", null, "其它", null, "其它", null, "其它", null],
        ],
      },
      {
        name: S2,
        merges: ["A1:D1"],
        rows: [
          ["二、项目支出明细情况"],
          ["支出内容", "实际支出数", "会计凭证号", "备注"],
          ["30226 劳务费", { v: 50000, fmt: "#,##0.00" }, "2020年01月记账 9", "付旷宴良荣黄线养护劳务费"],
          ["30226 劳务费", { v: 50000, fmt: "#,##0.00" }, "2020年01月记账 9", "付周价保荣宝线养护劳务费"],
          ["30906 大型修缮", { v: 83490, fmt: "#,##0.00" }, "2020年01月记账 9", "付岳阳信立工程劳务公司X121荣株线路面换板款"],
          ["30906 大型修缮", { v: 340758, fmt: "#,##0.00" }, "2020年01月记账 9", "付岳阳信立工程劳务公司X145兰田至五关线水毁工程款"],
          ["30906 大型修缮", { v: 452552.75, fmt: "#,##0.00" }, "2020年01月记账 9", "付岳阳市东林沥青混凝土公司X134兰田-五关线路面养护工程款"],
          ["30906 大型修缮", { v: 82733.05, fmt: "#,##0.00" }, "2020年01月记账 9", "付岳阳信立工程劳务公司荣宝路X118线……"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评表!A7", figure: "报告日期：2021年07月12日", why: "a 2020 project evaluated and reported the following year" },
    { cell: "自评表!H13", figure: "结余 0", why: "实际到位 and 实际支出 print the same figure, so the balance is 0" },
    { cell: "自评表!B17", figure: "县财政 700", why: "equals 计划安排资金 700: the county is the only source" },
    { cell: "支出明细!C3", figure: "2020年01月记账 9", why: "voucher month inside the project period 2020年元月—12月 (several lines share one voucher)" },
    { cell: "支出明细!B4", figure: "50,000.00", why: "the same amount as the line above, paid to a different payee (付周价保 vs 付旷宴良) — not a duplicate" },
    { cell: "自评表!B12", figure: "2020年元月起至2020年12月止", why: "the year evaluated" },
  ],
};

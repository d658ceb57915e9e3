/**
 * 2020年度湘西地区开发产业发展专项资金项目支出绩效自评表 (主管部门 湖南省发展和改革委员会), 万元.
 * Stored only as a document-sharing site's run-together text (traditional characters; typed here in simplified): the
 * fund block reads "年度资金总额 35550 35550 35550 10 82.12% 8.5 / 其中：当年财政拨款 35550 35550 —— / 上年结转资金 —— /
 * 其他资金 ——", then the 年度总体目标 text, which breaks off. The "——" placeholders are put in the 分值 column.
 */
import type { CorpusReport } from "../types";

const S = "自评表";

export const report: CorpusReport = {
  id: "hunan-provincial-2020-xiangxi-industry-fund",
  title: "2020年度湘西地区开发产业发展专项资金项目支出绩效自评表",
  url: "http://bubsandbeans.com/paper/230038275.html",
  province: "湖南",
  year: 2020,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        merges: ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:A9", "A10:A11", "B10:E10", "F10:H10", "B11:E11", "F11:H11"],
        rows: [
          ["项目支出绩效自评表"],
          ["（2020年度）"],
          ["项目支出名称", "湘西地区开发产业发展专项资金"],
          ["主管部门", "湖南省发展和改革委员会", null, null, "实施单位", "相关项目建设单位"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", 35550, 35550, 35550, 10, { v: 0.8212, fmt: "0.00%" }, 8.5],
          [null, "其中：当年财政拨款", 35550, 35550, null, "——"],
          [null, "上年结转资金", null, null, null, "——"],
          [null, "其他资金", null, null, null, "——"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [
            null,
            "支持文化生态旅游精品线路建设，完善基础设施，打造旅游精品景区，带动旅游扶贫，促进文化生态旅游产业与相关产业融合发展；支持重大产业项目建设及中药材、楠竹产业链，做大做强一批龙头企业；支持易地扶贫搬迁后续产业及就业扶持项目建设，努力实现“搬得出、稳得住、逐步能致富”的目标；支持茶叶公共品牌建设……",
          ],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      rule: "rate-mismatch",
      cell: "自评表!G6",
      arithmetic: "执行率 = 全年执行数 / 全年预算数 = 35550 / 35550 = 100.00 %; printed 82.12 %",
      fix: [{ reason: "执行率 from the printed 执行数 and 全年预算数", sheet: S, cell: "G6", set: { v: 1, fmt: "0.00%" } }],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!H6",
      arithmetic: "执行率得分 = 分值 10 × 执行率; with the printed 82.12 % that is 8.21, with 35550 / 35550 it is 10; printed 8.5 matches neither",
      fix: [{ reason: "得分 = 10 × 100 %", sheet: S, cell: "H6", set: 10 }],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!C6", figure: "35550 (年初) = 35550 (全年)", why: "no budget adjustment, so no reason is owed" },
    { cell: "自评表!D7", figure: "35550", why: "the only source row equals the 年度资金总额 35550 (年初 and 全年)" },
    { cell: "自评表!F6", figure: "分值 10", why: "the standard 执行率 weight of the national form" },
  ],
};

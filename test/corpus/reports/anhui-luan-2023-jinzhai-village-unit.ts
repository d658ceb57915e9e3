/** 金寨县茶谷和美丽乡村建设服务中心 部门整体支出绩效自评表（2023年度）: unit-level form, 万元; the stored copy breaks off at the 成本指标 rows. */
import type { CorpusReport } from "../types";

const S = "自评表";

export const report: CorpusReport = {
  id: "anhui-luan-2023-jinzhai-village-unit",
  title: "部门整体支出绩效自评表（2023年度）金寨县茶谷和美丽乡村建设服务中心",
  url: "https://www.ahjinzhai.gov.cn/public/6624963/37545031.html",
  province: "安徽",
  year: 2023,
  layouts: ["unit-level", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        merges: ["A1:I1", "A2:I2", "B3:I3", "A4:A8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10", "A11:A19", "B12:B19", "C12:C15", "C16:C17", "C18:C19"],
        rows: [
          ["部门整体支出绩效自评表"],
          ["（2023年度）"],
          ["部门", "金寨县茶谷和美丽乡村建设服务中心"],
          ["预算资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", 329.77, 329.77, 338.31, 10, { v: 1.0259, fmt: "0.00%" }, null],
          [null, "其中：当年财政拨款", 329.77, 329.77, 338.31, "—", { v: 1.0259, fmt: "0.00%" }, "—"],
          [null, "上年结转资金", null, null, null, "—", null, "—"],
          [null, "其他资金", null, null, null, "—", null, "—"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [
            null,
            "1.建设徽风皖韵美丽乡村；2.整治美丽宜居自然村庄；3.推进农村改厕提质增效；4.深入开展村庄清洁行动；5.促进茶谷果岭融合发展。",
            null,
            null,
            null,
            "1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设；2.整治美丽宜居自然村庄202个；3.完成农村户用卫生厕所改造3061户；4.全面完成2022年度10个省级中心村各项建设任务，并顺利通过省级验收；加快2023年度10个省级中心村任务，确保2024年通过各级验收。",
          ],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          [null, "产出指标", "数量指标", "指标1:开展精品示范村建设数量", "≤4", 4, 10, 10],
          [null, null, null, "指标2:建设美丽宜居自然村庄数量", "≥200", 202, 10, 10],
          [null, null, null, "指标3:完成农村户用卫生厕所改造数量", "≥2000", 3061, 10, 10],
          [null, null, null, "指标4:新建省级中心村数量", "≥10", 10, 10, 10],
          [null, null, "质量指标", "指标1:美丽宜居自然村庄验收通过率", "≥95%", "100%", 5, 5],
          [null, null, null, "指标2:户用卫生厕所改造验收通过率", "≥95%", "100%", 5, 5],
          [null, null, "时效指标", "指标1:完成美丽宜居自然村庄验收时间", "9月前", "7月", 5, 5],
          [null, null, null, "指标2:完成户用卫生厕所改造验收时间", "11月前", "10月", 5, 5],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 7,
      // Spending above the budget is over-budget's finding (contract: "spending above the budget"); unexplained, an error.
      rule: "over-budget",
      cell: "自评表!E5",
      arithmetic:
        "全年执行数 338.31 > 全年预算数 329.77 (超支 8.54 万元, 执行率 338.31 / 329.77 = 102.59 %), 其中当年财政拨款 likewise; no reason given anywhere in the form",
      fix: [
        {
          reason: "explain spending above the budget",
          sheet: S,
          replace: "确保2024年通过各级验收。",
          with: "确保2024年通过各级验收。（更正稿补充：全年执行数超出全年预算数，系使用上级追加的改厕奖补资金，年中未调整预算。）",
          count: 1,
        },
      ],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!F14",
      arithmetic: "户用卫生厕所改造 3061 against 年度指标值 ≥2000: 3061 / 2000 = 153.05 %, far over target, 偏差原因 left empty",
      fix: [
        {
          reason: "state why the target was far exceeded",
          sheet: S,
          cell: "I14",
          set: "（更正稿补充）年中按上级下达任务增加改厕户数，年初指标值设定偏低，今后据实设定。",
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!G5", figure: "102.59%", why: "338.31 / 329.77 = 102.5897 % → 102.59 % at 2 dp" },
    {
      cell: "自评表!F10",
      figure: "4个、202个、3061户、10个省级中心村；确保2024年通过各级验收",
      why: "the same counts as the 实际完成值 column (4, 202, 3061, 10); 2024 is a stated future deadline for the 2023 batch, not the year evaluated",
    },
    { cell: "自评表!F13", figure: "202 (≥200)", why: "202 ≥ 200, full score" },
    { cell: "自评表!F12", figure: "4 (≤4)", why: "4 ≤ 4 meets the upper-bound target" },
    { cell: "自评表!F18", figure: "7月 (9月前)", why: "July is before the September deadline" },
  ],
};

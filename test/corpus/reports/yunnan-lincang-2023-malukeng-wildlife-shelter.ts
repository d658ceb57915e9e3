/**
 * 临沧市临翔区林业和草原局 2023年度 项目支出绩效自评表：2023年马鹿坑国有林场新建野生动物收容所建设项目 (national form, 万元).
 * The stored copy stops at the 满意度指标 row (受益农户满意度), so that row's figures and the 总分 row are not typed.
 * Each fund row shows two amounts (32.4, 31.69) after an empty cell; they are typed as 全年预算数 and 全年执行数
 * (the printed rate is 31.69 / 32.4) with 年初预算数 empty. The 其中 row repeats 分值 10, 执行率 and 得分 as printed.
 */
import type { CorpusReport } from "../types";

const rate = { v: 0.978, fmt: "0.00%" };

export const report: CorpusReport = {
  id: "yunnan-lincang-2023-malukeng-wildlife-shelter",
  title: "2023年马鹿坑国有林场新建野生动物收容所建设项目支出绩效自评表",
  url: "https://www.ynlx.gov.cn/info/2431/148733.htm",
  province: "云南",
  year: 2023,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A20", "B13:B16", "B17:B19"],
        rows: [
          ["项目支出绩效自评表"],
          ["（2023年度）"],
          ["项目名称", "2023年马鹿坑国有林场新建野生动物收容所建设项目"],
          ["主管部门", "临沧市临翔区林业和草原局", null, null, "实施单位", "临沧市临翔区林业和草原局"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", null, 32.4, 31.69, 10, rate, 9],
          [null, "其中：当年财政拨款", null, 32.4, 31.69, 10, rate, 9],
          [null, "上年结转资金"],
          [null, "其他资金"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [
            null,
            "支持欠发达国有林场基础设施建设，补齐必要的配套基础设施建设短板，有效保护管理好马鹿坑国有林场的野生动物资源，及时有效救助各类受到伤害的野生动物，新建马鹿坑国有林场临时野生动物收容所1间200平方米，钢结构圈养围栏120米，能同时收容近百头（只）野生动物。",
            null,
            null,
            null,
            "完成马鹿坑国有林场临时野生动物收容所1间200平方米，钢结构圈养围栏120米，能同时收容近百头（只）野生动物。",
          ],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          [null, "产出指标", "数量指标", "野生动物收容所", "≥200平方米", "204.46平方米", 10, 10, "无"],
          [null, null, "数量指标", "钢结构圈养围栏", "≥120米", "121.5米", 10, 10, "无"],
          [null, null, "时效指标", "项目完工时限", "2023年12月", "2023年10月", 15, 15, "无"],
          [null, null, "质量指标", "项目竣工验收率", { v: 1, fmt: "0%" }, { v: 1, fmt: "0%" }, 15, 15, "无"],
          [null, "效益指标", "经济效益指标", "务工人员年人均增收", "≥8400元", "8400元", 10, 10, "无"],
          [null, null, "社会效益指标", "提供务工岗位", "≥5个", "5个", 10, 10, "无"],
          [null, null, "可持续影响指标", "项目建成后可持续影响年限", "≥15年", "15年", 10, 10, "无"],
          [null, "满意度指标", "服务对象满意度指标", "受益农户满意度"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 8,
      rule: "rate-mismatch",
      cell: "自评表!G6",
      arithmetic: "执行率 = 31.69 / 32.4 = 97.8086 % → 97.81 % at the printed 2 dp; printed 97.80 %",
      fix: [{ reason: "执行率 = 31.69 / 32.4 = 97.81 %", sheet: "自评表", cell: "G6", set: { v: 0.9781, fmt: "0.00%" } }],
    },
    {
      kind: 8,
      rule: "rate-mismatch",
      cell: "自评表!G7",
      arithmetic: "source row 当年财政拨款: 31.69 / 32.4 = 97.8086 % → 97.81 %; printed 97.80 %",
      fix: [{ reason: "执行率 = 31.69 / 32.4 = 97.81 %", sheet: "自评表", cell: "G7", set: { v: 0.9781, fmt: "0.00%" } }],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!H6",
      arithmetic: "执行率得分 = 分值 10 × 97.81 % = 9.78, which is 10 at the printed (integer) precision; printed 9",
      fix: [{ reason: "执行率得分 = 10 × 97.81 % = 9.78 → 10", sheet: "自评表", cell: "H6", set: 10 }],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!H7",
      arithmetic: "the 其中 row repeats the score: 10 × 31.69 / 32.4 = 9.78 → 10; printed 9",
      fix: [{ reason: "执行率得分 = 9.78 → 10", sheet: "自评表", cell: "H7", set: 10 }],
    },
    {
      kind: 5,
      rule: "text-mismatch",
      cell: "自评表!F11",
      arithmetic:
        "实际完成情况 says 收容所 200平方米 and 围栏 120米, but the indicator table's 实际完成值 are 204.46平方米 and 121.5米 (the text repeats the targets)",
      fix: [
        {
          reason: "the completion text should state what the table reports as done",
          sheet: "自评表",
          replace: "完成马鹿坑国有林场临时野生动物收容所1间200平方米，钢结构圈养围栏120米",
          with: "完成马鹿坑国有林场临时野生动物收容所1间204.46平方米，钢结构圈养围栏121.5米",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!F13", figure: "204.46平方米 (≥200平方米)", why: "204.46 ≥ 200; 2.2 % over target, full 10 of 10 is right and no reason is needed" },
    { cell: "自评表!F14", figure: "121.5米 (≥120米)", why: "121.5 ≥ 120; 1.25 % over, full score right" },
    { cell: "自评表!F15", figure: "2023年10月 (时限 2023年12月)", why: "finished two months before the deadline, within the year evaluated" },
    { cell: "自评表!F17", figure: "8400元 (≥8400元)", why: "exactly at the target; full score right" },
    { cell: "自评表!B11", figure: "预期 200平方米、120米", why: "the 预期目标 text matches the 年度指标值 ≥200平方米 and ≥120米" },
  ],
};

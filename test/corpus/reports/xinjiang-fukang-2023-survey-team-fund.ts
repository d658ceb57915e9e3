/**
 * 阜康市统计局 项目支出绩效自评表（2023年度）：昌州财行（2022）10号 国家统计局调查队专项经费 (Xinjiang variant with
 * 资金来源 / 分值权重 columns and a 13-column indicator table; 万元). The stored copy stops right after the indicator header
 * ("年度绩效指标完成情况 产出指标 …"), so no indicator rows are typed. The 总体目标 still sets a deadline of 2022年12月31日 in a
 * 2023 form, and the 全年预算数 is cut from 5.28 to 1.96 with no reason in what the form shows.
 */
import type { CorpusReport } from "../types";

const two = (v: number) => ({ v, fmt: "0.00" });

export const report: CorpusReport = {
  id: "xinjiang-fukang-2023-survey-team-fund",
  title: "阜康市统计局昌州财行（2022）10号 国家统计局调查队专项经费项目支出绩效自评表（2023年度）",
  url: "http://www.fk.gov.cn/gk/yjs/908895.htm",
  province: "新疆",
  year: 2023,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:N1", "A2:N2", "B3:N3", "B4:D4", "F4:N4", "A5:A8", "A9:A10", "B9:E9", "F9:N9", "B10:E10", "F10:N10"],
        rows: [
          ["项目支出绩效自评表"],
          ["（2023年度）"],
          ["项目名称", "昌州财行（2022）10号 国家统计局调查队专项经费"],
          ["主管部门", "阜康市统计局", null, null, "实施单位", "阜康市统计局"],
          ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"],
          [null, "年度资金总额", two(5.28), two(1.96), two(1.96), 10, { v: 1, fmt: "0.00%" }, 10],
          [null, "其中：当年财政拨款", two(5.28), two(1.96), two(1.96), "-", "-", "-"],
          [null, "其他资金", two(0), two(0), two(0), "-", "-", "-"],
          ["年度总体目标", "总体目标", null, null, null, "总体目标完成情况"],
          [
            null,
            "1.根据《关于拨付国家统计局昌吉调查队专项经费的通知》在2022年12月31日前至少给120人发放以36.66元每月的记账户补贴费。生产以居民收入和生活支出为核心的数据产品，满足研究制定城乡统筹政策和民生政策的需要，为国民经济核算和居民消费价格指数权重制定提供基础数据。2.全面、准确、及时了解本地区城乡居民收入、消费及其他生活状况，客观监测居民收入分配格局和不同收入层次居民的生活质量。",
            null,
            null,
            null,
            "截至2023年12月31日，本项目完成住户数据产品120人，政策咨询建议完成率为100%，2023年2月24日，政策咨询建议及时率为100%，项目的实施有益于提高统计能力建设，有益于统计数据传播环境的营造，被调查户满意度达100%。",
          ],
          [
            "年度绩效指标完成情况",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "指标值设置依据",
            "上年完成值",
            "指标分值权重",
            "指标赋分规则",
            "佐证资料",
            "指标实际完成值",
            "完成率",
            "指标得分",
            "偏差原因分析及改进措施",
          ],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 6,
      rule: "year-mismatch",
      cell: "自评表!B10",
      arithmetic:
        "the 2023 form's 总体目标 sets the deadline 在2022年12月31日前, a date before the year evaluated (the completion text reports 截至2023年12月31日)",
      fix: [{ reason: "the 2023 goal's deadline is the end of 2023", sheet: "自评表", replace: "在2022年12月31日前", with: "在2023年12月31日前", count: 1 }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!D6",
      arithmetic: "全年预算数 1.96 ≠ 年初预算数 5.28 (调减 3.32 万元, 62.9 %); the form gives no reason for the cut",
      fix: [
        {
          reason: "state why the budget was cut",
          sheet: "自评表",
          replace: "被调查户满意度达100%。",
          with: "被调查户满意度达100%。（更正稿补充：年中按上级实际拨付的调查队专项经费将全年预算由5.28万元调减为1.96万元。）",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!C6", figure: "5.28", why: "120人 × 36.66元/月 × 12 = 52790.4元 = 5.28万元, the goal's own measure" },
    { cell: "自评表!G6", figure: "100.00%", why: "1.96 / 1.96 = 100.00 %" },
    { cell: "自评表!H6", figure: "10", why: "分值权重 10 × 100 % = 10" },
    { cell: "自评表!C8", figure: "0.00 / 0.00 / 0.00", why: "其他资金 empty; the 执行率 is printed '-' rather than a rate of 0/0" },
    { cell: "自评表!F10", figure: "2023年2月24日", why: "a date inside the year evaluated" },
  ],
};

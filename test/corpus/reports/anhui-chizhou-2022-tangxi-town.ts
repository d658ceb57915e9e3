/**
 * 池州市贵池区棠溪镇人民政府 2022年度 项目支出绩效自评表, two projects of one unit (national form, 万元):
 * 自评表1 委托业务项目 (download id=502364), 自评表2 村级补助及运转经费 (download id=502367).
 * The stored copies stop partway through the indicator table (自评表1 after the 效益指标 rows, 自评表2 after the
 * 经济/社会效益 rows), so the 满意度 rows and 总分 are not typed; 自评表2 is typed up to its 产出指标 block.
 * Both forms print 年度资金总额 as 0 / 0 / 0 with 执行率 0 and 得分 0 while the 其中 row carries the money.
 */
import type { CorpusReport } from "../types";

const header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const fundHead = ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
const merges = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11"];

export const report: CorpusReport = {
  id: "anhui-chizhou-2022-tangxi-town",
  title: "项目支出绩效自评表（2022年度）委托业务项目；村级补助及运转经费（池州市贵池区棠溪镇人民政府）",
  url: "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (and id=502367)",
  province: "安徽",
  year: 2022,
  layouts: ["project-form", "multi-project", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表1",
        merges: [...merges, "A12:A22", "B13:B18", "B19:B22"],
        rows: [
          ["项目支出绩效自评表"],
          ["（2022年度）"],
          ["项目名称", "委托业务项目"],
          ["主管部门", "219-池州市贵池区棠溪镇人民政府", null, null, "实施单位", "219001-池州市贵池区棠溪镇人民政府"],
          fundHead,
          [null, "年度资金总额：", 0, 0, 0, 10, 0, 0],
          [null, "其中：本年财政拨款", 90, 89.974, 89.974],
          [null, "上年结转资金"],
          [null, "其他资金"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [
            null,
            "本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；30万元用于基建工程项目设计、规划、测绘。",
            null,
            null,
            null,
            "本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。",
          ],
          header,
          [null, "产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", 50, 8, 8],
          [null, null, "质量指标", "委托业务报告合格率", "≥100百分比", 100, 8, 8],
          [null, null, "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8],
          [null, null, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8],
          [null, null, "成本指标", "项目总成本", "≤90万元", 90, 8, 8],
          [null, null, "成本指标", "单项业务成本", "符合相关规定", "达成预期指标", 10, 10],
          [null, "效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10],
          [null, null, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10],
          [null, null, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10],
          [null, null, "经济效益指标"],
        ],
      },
      {
        name: "自评表2",
        merges: [...merges, "A12:A18", "B13:B18"],
        rows: [
          ["项目支出绩效自评表"],
          ["（2022年度）"],
          ["项目名称", "村级补助及运转经费"],
          ["主管部门", "219-池州市贵池区棠溪镇人民政府", null, null, "实施单位", "219001-池州市贵池区棠溪镇人民政府"],
          fundHead,
          [null, "年度资金总额：", 0, 0, 0, 10, 0, 0],
          [null, "其中：本年财政拨款", 202.64, 132.912, 132.912],
          [null, "上年结转资金"],
          [null, "其他资金"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [
            null,
            "本项目共申请预算资金2026400元，其中村级组织运转400000元，村民组长，党小组长基本报酬252000元，村民监督委员会工资28000元，村级事务补助960000元，村级工作目标奖励100000元。",
            null,
            null,
            null,
            "本项目共完成预算资金1329120.67元，其中村级组织运转439120.67元，村民组长，党小组长基本报酬152000元，村民监督委员会工资28000元，村级事务补助660000元，村级工作目标奖励50000元。",
          ],
          header,
          [null, "产出指标(50分)", "数量指标", "补助村(社区)数量", "=8个", 8, 8, 8],
          [null, null, "数量指标", "保障村干部人数", "=42个", 42, 8, 8],
          [null, null, "质量指标", "补助资格合规性", "合规", "达成预期指标", 8, 8],
          [null, null, "质量指标", "经费审批流程规范性", "严格执行相关制度规定", "达成预期指标", 8, 8],
          [null, null, "时效指标", "补助经费到位及时性", "及时", "达成预期指标", 8, 8],
          [null, null, "成本指标", "项目总成本", "≤202.6万元", 132.9, 10, 10],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评表1!C6",
      arithmetic: "年度资金总额 printed 0 / 0 / 0; its only source row 其中：本年财政拨款 is 90 / 89.974 / 89.974 (上年结转、其他 empty): 90 + 0 + 0 = 90 ≠ 0",
      fix: [
        { reason: "年度资金总额 = 本年财政拨款 (年初)", sheet: "自评表1", cell: "C6", set: 90 },
        { reason: "年度资金总额 = 本年财政拨款 (全年)", sheet: "自评表1", cell: "D6", set: 89.974 },
        { reason: "年度资金总额 = 本年财政拨款 (执行)", sheet: "自评表1", cell: "E6", set: 89.974 },
      ],
    },
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表1!G6",
      arithmetic: "执行率 printed 0 on a total row of 0 / 0 (0/0 has no rate); from the source row 89.974 / 89.974 = 100 %",
      fix: [{ reason: "执行率 = 89.974 / 89.974", sheet: "自评表1", cell: "G6", set: { v: 1, fmt: "0%" } }],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表1!H6",
      arithmetic: "执行率得分 = 分值 10 × 89.974 / 89.974 = 10; printed 0",
      fix: [{ reason: "执行率得分 = 10 × 100 %", sheet: "自评表1", cell: "H6", set: 10 }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表1!D6",
      arithmetic: "全年预算数 89.974 ≠ 年初预算数 90 (调减 0.026 万元); no reason given in the form",
      fix: [
        {
          reason: "state why the budget was adjusted",
          sheet: "自评表1",
          replace: "本项目共完成预算资金89.97万元。",
          with: "本项目共完成预算资金89.97万元（更正稿补充：全年预算数较年初调减0.026万元，系设计、规划、测绘业务结算金额低于预算）。",
          count: 1,
        },
      ],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评表1!F11",
      arithmetic: "其中 30 + 30 + 29.99 = 89.99 万元 ≠ 共完成 89.97 万元 (执行数 89.974); the third part should be 89.974 − 60 = 29.974 ≈ 29.97",
      fix: [{ reason: "the 设计、规划、测绘 part is 29.97 万元", sheet: "自评表1", replace: "29.99万元用于", with: "29.97万元用于", count: 1 }],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评表2!C6",
      arithmetic: "年度资金总额 printed 0 / 0 / 0; 其中：本年财政拨款 is 202.64 / 132.912 / 132.912 (other sources empty): 202.64 ≠ 0",
      fix: [
        { reason: "年度资金总额 = 本年财政拨款 (年初)", sheet: "自评表2", cell: "C6", set: 202.64 },
        { reason: "年度资金总额 = 本年财政拨款 (全年)", sheet: "自评表2", cell: "D6", set: 132.912 },
        { reason: "年度资金总额 = 本年财政拨款 (执行)", sheet: "自评表2", cell: "E6", set: 132.912 },
      ],
    },
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表2!G6",
      arithmetic: "执行率 printed 0 on a total row of 0 / 0; from the source row 132.912 / 132.912 = 100 %",
      fix: [{ reason: "执行率 = 132.912 / 132.912", sheet: "自评表2", cell: "G6", set: { v: 1, fmt: "0%" } }],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表2!H6",
      arithmetic: "执行率得分 = 10 × 132.912 / 132.912 = 10; printed 0",
      fix: [{ reason: "执行率得分 = 10 × 100 %", sheet: "自评表2", cell: "H6", set: 10 }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表2!D6",
      arithmetic: "全年预算数 132.912 ≠ 年初预算数 202.64 (调减 69.728 万元, 34.41 %); no reason given in the form (成本指标 偏差原因 empty)",
      fix: [
        {
          reason: "state why the budget was cut",
          sheet: "自评表2",
          cell: "I18",
          set: "（更正稿补充）年中按实际发放人数和考核结果调减预算69.728万元，项目总成本控制在预算内。",
        },
      ],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评表2!B11",
      arithmetic: "其中 400000 + 252000 + 28000 + 960000 + 100000 = 1740000 元 ≠ 共申请 2026400 元 (= 202.64 万元 in the table); 286400 元 unaccounted",
      fix: [
        {
          reason: "the listed parts must add up to the 2026400 元 applied for",
          sheet: "自评表2",
          replace: "村级工作目标奖励100000元。",
          with: "村级工作目标奖励100000元，其他村级补助支出286400元（更正稿补充）。",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表1!B13", figure: "产出指标(50分)", why: "分值 8 + 8 + 8 + 8 + 8 + 10 = 50" },
    { cell: "自评表1!B19", figure: "效益指标(30分)", why: "分值 10 + 10 + 10 = 30 (经济效益指标 row empty)" },
    { cell: "自评表1!B11", figure: "90万元 其中 30、30、30", why: "30 + 30 + 30 = 90 = 年初预算数 90" },
    { cell: "自评表1!F17", figure: "90 (项目总成本 ≤90万元)", why: "执行数 89.974 万元 printed to 0 dp is 90, within ≤90万元" },
    { cell: "自评表1!F13", figure: "50 (≥50个)", why: "50 meets ≥50个; full 8 of 8" },
    {
      cell: "自评表2!F11",
      figure: "1329120.67元 其中 439120.67、152000、28000、660000、50000",
      why: "439120.67 + 152000 + 28000 + 660000 + 50000 = 1329120.67 元 = 132.912067 万元 ≈ 执行数 132.912",
    },
    { cell: "自评表2!F18", figure: "132.9 (≤202.6万元)", why: "132.912 printed to 1 dp is 132.9; 202.64 printed to 1 dp is 202.6" },
    { cell: "自评表2!B13", figure: "产出指标(50分)", why: "分值 8 + 8 + 8 + 8 + 8 + 10 = 50" },
    { cell: "自评表2!F14", figure: "42 (=42个 村干部)", why: "42 = 42; a count of persons printed with 个, same figure" },
  ],
};

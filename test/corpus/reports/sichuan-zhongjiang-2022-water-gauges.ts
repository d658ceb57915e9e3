/**
 * 中江县水利局 2022年财政衔接资金实施项目绩效自评表 — 小型水库水标尺制作安装 (national 衔接资金 form, 万元),
 * published with the notice "现已完成中江县2022年衔接资金实施项目绩效目标自评" (dated 2022年12月30日).
 * The stored copy is a run-together text of the table; column order as printed: 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分.
 * The form's own note fixes the first-level weights at 产出50、效益30、满意度10、执行率10, but the form labels
 * 产出指标(70分) and 效益指标(20分) and its weights add to 110 while 总分 reads 100 / 100.
 */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "sichuan-zhongjiang-2022-water-gauges",
  title: "绩效目标自评表（2022年度）中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装（中江县水利局）",
  url: "https://chacewang.com/newsdetail/news242266.html",
  province: "四川",
  year: 2022,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:I1", "A2:I2", "B3:E3", "B4:E4", "A5:A8", "A9:A10", "A11:A22"],
        rows: [
          ["绩效目标自评表"],
          ["（2022年度）"],
          ["项目名称", "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装", null, null, null, "项目负责人及电话", "谢凯13990260322(办公)"],
          ["主管部门", "中江县水利局", null, null, null, "实施单位", "中江县水利局"],
          ["资金情况（万元）", null, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
          [null, "年度资金总额：", 20, 20, 10, { v: 1, fmt: "0.00%" }, 10],
          [null, "其中：本年财政拨款", 20, 20],
          [null, "其他资金"],
          ["年度总体目标", "年初设定目标", null, null, null, "年度总体目标完成情况综述"],
          [
            null,
            "对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,",
            null,
            null,
            null,
            "对项目区农业用水计量,为项目区农业生产夯实基础,",
          ],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
          [null, "产出指标(70分)", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10],
          [null, null, "数量指标", "水标尺宽度", 10, "≥50厘米", "≥50厘米", 10],
          [null, null, "质量指标", "项目(工程)验收合格率", 20, "100%", "100%", 20],
          [null, null, "时效指标", "及时(按期)开工率", 10, "≥90%", "≥90%", 10],
          [null, null, "时效指标", "及时(按期)完工率", 10, "≥90%", "≥90%", 10],
          [null, null, "成本指标", "项目计划总投资", 10, "20万元", "20万元", 10],
          [null, "效益指标(20分)", "经济效益指标"],
          [null, null, "社会效益指标", "受益脱贫(含监测对象)户人口数", 10, "≥1000人", "≥1000人", 10],
          [null, null, "社会效益指标", "群众生产生活条件改善状况", 10, "显著提升", "显著提升", 10],
          [null, "满意度指标(10分)", "服务对象满意度指标", "受益脱贫(含监测对象)户满意度", 10, "≥95%", "≥95%", 10],
          [null, null, null, "……"],
          ["总分", null, null, null, 100, null, null, 100],
          [
            "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限。",
          ],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      // A total of scores is score-mismatch's (contract: "totals").
      rule: "score-mismatch",
      cell: "自评表!E23",
      arithmetic:
        "分值: 执行率 10 + 产出 (10 + 10 + 20 + 10 + 10 + 10 = 70) + 效益 (10 + 10 = 20) + 满意度 10 = 110 ≠ 总分 分值 100; the form's own note sets 产出50、效益30",
      fix: [
        { reason: "产出指标 weighted 50 as the note requires", sheet: "自评表", cell: "B12", set: "产出指标(50分)" },
        { reason: "验收合格率 weight 20 → 10 (产出 to 50)", sheet: "自评表", cell: "E14", set: 10 },
        { reason: "开工率 weight 10 → 5 (产出 to 50)", sheet: "自评表", cell: "E15", set: 5 },
        { reason: "完工率 weight 10 → 5 (产出 to 50)", sheet: "自评表", cell: "E16", set: 5 },
        { reason: "效益指标 weighted 30 as the note requires", sheet: "自评表", cell: "B18", set: "效益指标(30分)" },
        { reason: "受益人口数 weight 10 → 15 (效益 to 30)", sheet: "自评表", cell: "E19", set: 15 },
        { reason: "生产生活条件 weight 10 → 15 (效益 to 30)", sheet: "自评表", cell: "E20", set: 15 },
      ],
    },
    {
      kind: 2,
      // A total of scores is score-mismatch's (contract: "totals").
      rule: "score-mismatch",
      cell: "自评表!H23",
      arithmetic: "得分: 执行率 10 + 10 + 10 + 20 + 10 + 10 + 10 + 10 + 10 + 10 = 110 ≠ 总分 得分 100",
      fix: [
        { reason: "full marks at the new weight (验收合格率 100%)", sheet: "自评表", cell: "H14", set: 10 },
        { reason: "full marks at the new weight (开工率)", sheet: "自评表", cell: "H15", set: 5 },
        { reason: "full marks at the new weight (完工率)", sheet: "自评表", cell: "H16", set: 5 },
        { reason: "full marks at the new weight (受益人口数)", sheet: "自评表", cell: "H19", set: 15 },
        { reason: "full marks at the new weight (生产生活条件)", sheet: "自评表", cell: "H20", set: 15 },
      ],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!B12",
      arithmetic: "the label says 产出指标(70分) while the form's own note (A24) fixes 产出指标 at 50分: 70 ≠ 50 (put right by the first fix: the label to 50)",
      fix: [],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!B18",
      arithmetic: "the label says 效益指标(20分) while the form's own note (A24) fixes 效益指标 at 30分: 20 ≠ 30 (put right by the first fix: the label to 30)",
      fix: [],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!F6", figure: "100.00%", why: "20 / 20 = 100.00 %" },
    { cell: "自评表!G6", figure: "10", why: "分值 10 × 100 % = 10" },
    { cell: "自评表!G17", figure: "20万元 (项目计划总投资)", why: "equals 全年预算数 and 全年执行数 20 万元" },
    { cell: "自评表!H13", figure: "10 (水标尺宽度 ≥50厘米)", why: "实际 ≥50厘米 meets ≥50厘米; full marks; 厘米 is a length like 米" },
    { cell: "自评表!H21", figure: "10 (满意度 ≥95%)", why: "实际 ≥95% meets ≥95%" },
  ],
};

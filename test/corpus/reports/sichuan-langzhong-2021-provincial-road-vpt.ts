/**
 * 阆中市交通运输局 车辆购置税收入补助地方资金（普通省道公路建设）绩效目标自评（2021年度）— central transfer-payment form
 * (全年预算数 / 全年执行数 / 预算执行率, 指标值 / 全年实际完成值 / 未完成原因和改进措施; 万元), published 2022-08-17 under
 * "中央车购税对地方补助资金绩效目标自评表（普通省道和农村公路）". Only the 普通省道 form is in the stored copy.
 * The first-level labels print vertically and are lost in the stored copy except 满意度指标; 产出/效益 are typed from the
 * 二级指标 they head. The 总体目标 sentence is printed once (typed under 总体目标; 全年实际完成情况 left empty — unsure).
 * Every 指标值 / 全年实际完成值 pair carries a bare number (20, 20, 10, 10, 10, 10, 20 — adding to 100, i.e. the weights);
 * only the length row is provably wrong, because its own name and the 总体目标 say 32.1公里.
 */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "sichuan-langzhong-2021-provincial-road-vpt",
  title: "车辆购置税收入补助地方资金（普通省道公路建设）绩效目标自评（2021年度）（阆中市交通运输局）",
  url: "http://langzhong.gov.cn/zwgk/zdlygk/zxzj/202208/t20220817_1715346.html",
  province: "四川",
  year: 2021,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:G1", "A2:G2", "B3:G3", "B4:G4", "A6:A10", "A11:A12", "B11:D11", "E11:G11", "B12:D12", "E12:G12", "A13:A22"],
        rows: [
          ["车辆购置税收入补助地方资金（普通省道公路建设）绩效目标自评"],
          ["（2021年度）"],
          ["转移支付（项目）名称", "车辆购置税收入补助地方资金（普通省道公路建设）"],
          ["中央主管部门", "财政部"],
          ["地方主管部门", "阆中市交通运输局", null, null, "资金使用单位", "阆中市交通运输局"],
          ["项目资金（万元）", null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
          [null, "年度资金总额：", 4000, 4000, { v: 1, fmt: "0%" }],
          [null, "其中：中央补助", 4000, 4000, { v: 1, fmt: "0%" }],
          [null, "地方资金"],
          [null, "其他资金"],
          ["总体目标完成情况", "总体目标", null, null, "全年实际完成情况"],
          [null, "按计划完成2021年度省道公路建设。建设普通省道二级公路32.1公里,保证道路安全畅通。"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
          [null, "产出指标", "数量指标", "建设普通省道二级公路32.1公里", 20, 20],
          [null, "产出指标", "质量指标", "建设符合验收要求", 20, 20],
          [null, "产出指标", "时效指标", "按期完成投资", 10, 10],
          [null, "产出指标", "成本指标"],
          [null, "效益指标", "经济效益指标", "对经济发展的促进作用", 10, 10],
          [null, "效益指标", "社会效益指标", "基本公共服务水平", 10, 10],
          [null, "效益指标", "生态效益指标", "交通建设符合环评审批要求", 10, 10],
          [null, "效益指标", "可持续影响指标"],
          [null, "满意度指标", "服务对象满意度指标", "改善通行服务水平群众满意度", 20, 20],
          ["说明"],
          ["注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报。"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 5,
      rule: "text-mismatch",
      // The 指标值 E14 is the first wrong figure: the name states the target; F14 repeats it.
      cell: "自评表!E14",
      arithmetic:
        "总体目标 and the 三级指标 name both say 建设普通省道二级公路32.1公里; the row's 指标值 and 全年实际完成值 print 20 / 20 (no unit) — 20 ≠ 32.1, and 32.1 appears nowhere in the value columns",
      fix: [
        { reason: "指标值 is the 32.1 公里 the goal names", sheet: "自评表", cell: "E14", set: "32.1公里" },
        { reason: "全年实际完成值: the 32.1 公里 built (执行率 100 %, no shortfall reported)", sheet: "自评表", cell: "F14", set: "32.1公里" },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!E7", figure: "100%", why: "4000 / 4000 = 100 %" },
    { cell: "自评表!E8", figure: "100% (中央补助)", why: "4000 / 4000 = 100 %" },
    { cell: "自评表!C7", figure: "4000", why: "= 中央补助 4000 + 地方资金 (empty) + 其他资金 (empty)" },
    { cell: "自评表!F16", figure: "10 (按期完成投资)", why: "实际 10 equals 指标值 10; no shortfall" },
  ],
};

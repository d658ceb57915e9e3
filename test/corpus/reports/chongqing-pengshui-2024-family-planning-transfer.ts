/**
 * 彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表 (Chongqing's 计划生育 transfer form: 指标名称 / 指标解释 /
 * 记录 (自评内容, 完成情况) / 未完成原因及改进措施 / 需提供的支撑材料; 万元). The stored copy stops inside the 资金下达 row,
 * so only the 预算管理 rows with the fund breakdown are typed. The breakdown does not add up: the 特别扶助 block's parts come to
 * 322.25 against its 321.25, and the 市级资金 of the two blocks (208 + 136) come to 344 against the 合计 343 — both are put right
 * by a 市级 特别扶助 figure of 135 (then 1084.25 = 763 + 321.25 still holds).
 */
import type { CorpusReport } from "../types";

const w = (v: number) => ({ v, fmt: "0.00" });

export const report: CorpusReport = {
  id: "chongqing-pengshui-2024-family-planning-transfer",
  title: "彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表",
  url: "http://psx.gov.cn/zfbm_174/fzhggwyh_82690/zwgk_72016/zfxxgkml/jczwgk/wsjklyjczwgk/jhsyfw/202503/t20250319_14420965.html",
  province: "重庆",
  year: 2024,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:H1", "A2:C2", "E2:F2", "A5:A26", "B5:B25", "C5:C6", "C7:C25", "D7:D25"],
        rows: [
          ["彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表"],
          ["指标名称", null, null, "指标解释", "记录", null, "未完成原因及改进措施", "需提供的支撑材料"],
          ["一级指标", "二级指标", "三级指标", null, "自评内容", "完成情况"],
          ["名称", "名称", "名称"],
          [
            "项目预算管理",
            "资金投入",
            "预算编制科学性",
            "项目预算编制符合国家政策要求，依据充分，标准明确，与年度工作匹配，与项目内容匹配",
            "项目资金测算标准（文字描述）",
            "已按要求完成预算",
            null,
            "1.2024年度项目资金预算测算相关材料。2.反映计划生育项目资金支出的数据（截图或表），以及其他可反映项目资金实际支出情况的相关材料，不可“以拨代支”。",
          ],
          [null, null, null, null, "项目资金测算依据（文字描述）", "按相关要求完成"],
          [null, null, "预算资金安排", "2024年度计划生育转移支付资金预算安排情况。", "计划生育转移支付资金合计（万元）年度预算资金总额：", w(1084.25)],
          [null, null, null, null, "其中：中央补助", w(668)],
          [null, null, null, null, "市级资金", w(343)],
          [null, null, null, null, "本级资金（包括结转结余）", w(73.25)],
          [null, null, null, null, "其中："],
          [null, null, null, null, "农村部分计划生育家庭奖励扶助制度补助资金（万元）年度预算资金总额：", w(763)],
          [null, null, null, null, "其中：中央补助", w(502)],
          [null, null, null, null, "市级资金", w(208)],
          [null, null, null, null, "本级资金（包括结转结余）", w(53)],
          [null, null, null, null, "其中："],
          [null, null, null, null, "计划生育家庭特别扶助制度补助资金（万元）年度预算资金总额：", w(321.25)],
          [null, null, null, null, "其中：中央补助", w(166)],
          [null, null, null, null, "市级资金", w(136)],
          [null, null, null, null, "本级资金（包括结转结余）", w(20.25)],
          [null, null, null, null, "其中："],
          [null, null, null, null, "2023年绩效调整资金（万元）年度预算资金总额："],
          [null, null, null, null, "其中：中央补助"],
          [null, null, null, null, "市级资金"],
          [null, null, null, null, "本级资金（包括结转结余）"],
          [
            null,
            "资金下达",
            "资金发放及时性",
            "省级（计划单列市）财政部门在接到中央财政转移支付资金预算后，在30日内正式下达到本行政区域县级以上各级财政部门。",
            "中央、市提前批资金（-年-月-日），中央、市、区县正式批资金（-年-月-日）",
          ],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评表!F17",
      arithmetic: "特别扶助 年度预算资金总额 321.25, but 中央补助 166 + 市级资金 136 + 本级资金 20.25 = 322.25",
      fix: [{ reason: "市级 特别扶助 is 343 − 208 = 135, which also makes 166 + 135 + 20.25 = 321.25", sheet: "自评表", cell: "F19", set: w(135) }],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评表!F9",
      arithmetic: "合计 市级资金 343, but 奖励扶助 208 + 特别扶助 136 = 344 (the same 1 万元 as the 特别扶助 block's excess; the fix above puts both right)",
      fix: [],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!F7", figure: "1084.25", why: "668 + 343 + 73.25 = 1084.25, and 763 + 321.25 = 1084.25" },
    { cell: "自评表!F8", figure: "668", why: "中央补助 502 + 166 = 668" },
    { cell: "自评表!F10", figure: "73.25", why: "本级资金 53 + 20.25 = 73.25" },
    { cell: "自评表!F12", figure: "763", why: "502 + 208 + 53 = 763" },
  ],
};

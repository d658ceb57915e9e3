/**
 * 博鳌乐城国际医疗旅游先行区 LC07-07-01 地块项目 2023年度项目支出绩效自评报告 (海南, narrative only, 万元),
 * published 2024-07 on ybj.hainan.gov.cn. The stored copy opens at 一、项目概况 (the page title is not held) and is
 * abridged here to the sections it holds.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

const PROGRESS = "当年年度目标完成情况：截至2024年4月，项目主楼安装工程整体完成25%；土建工程完成75%；幕墙工程完成63%。";

export const report: CorpusReport = {
  id: "hainan-boao-2023-lc07-park",
  title: "博鳌乐城国际医疗旅游先行区LC07-07-01地块项目2023年度项目支出绩效自评报告（页面标题未存，按正文拟）",
  url: "https://ybj.hainan.gov.cn/xxgk/czgk/202407/t20240712_3697089.html",
  province: "海南",
  year: 2023,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["博鳌乐城国际医疗旅游先行区LC07-07-01地块项目2023年度项目支出绩效自评报告"],
          ["一、项目概况"],
          ["（一）项目基本情况"],
          [
            "该项目于2022年6月29日获得可研报告批复，于2022年11月21日获得初步设计及概算批复。业主单位为海南博鳌乐城国际医疗旅游先行区管理局，代管单位为海南省发控公共服务设施建设管理有限公司。根据初步设计及概算批复，项目总投资为158746.38万元。",
          ],
          [
            "项目位于博鳌乐城国际医疗旅游先行区LC07-07-01地块。占地面积61076㎡，总建筑面积约142159.05㎡，其中地上建筑面积约93257.84㎡，地下建筑面积约48901.21㎡。地面主要设置4/5层“一平台四中心”，即公共研究平台（B栋）、公共服务中心（A栋）、医工创新中心（C、D栋）、产业孵化中心（E、G栋）、产业转化中心（F栋）。地下室一层满铺，主要为停车库、设备用房、配套服务用房。",
          ],
          ["项目预算单位：海南博鳌乐城国际医疗旅游先行区管理局。"],
          ["（二）项目年度预算绩效目标和绩效指标设定情况"],
          ["1.总体目标"],
          [
            "博鳌乐城国际医疗旅游先行区LC07-07-01地块。占地面积61076㎡，总建筑面积约142159.05㎡，其中地上建筑面积约93257.84㎡，地下建筑面积约48901.21㎡。……项目总投资为158746.38万元。",
          ],
          [
            "2023年年度目标是：博鳌乐城国际医疗旅游先行区LC07-07-01地块。占地面积61076㎡，总建筑面积约142159.05㎡，其中地上建筑面积约93257.84㎡，地下建筑面积约48901.21㎡。",
          ],
          [PROGRESS],
          ["2.绩效指标设定情况"],
          ["（1）建设工程量≥63971.57平方米；"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 6,
      rule: "year-mismatch",
      cell: `${S}!A11`,
      arithmetic:
        "the 2023 report's 当年年度目标完成情况 is stated 截至2024年4月, four months after the evaluated year ended (2023-12-31): the completion shares 25 % / 75 % / 63 % are not the year's result",
      fix: [
        {
          reason: "label the post-year progress as such instead of as the 2023 result",
          sheet: S,
          replace: "当年年度目标完成情况：截至2024年4月，",
          with: "当年年度目标完成情况：2023年末进度未单列（更正稿注明）；期后进展：截至2024年4月，",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: `${S}!A5`,
      figure: "总建筑面积约142159.05㎡，其中地上约93257.84㎡，地下约48901.21㎡",
      why: "93257.84 + 48901.21 = 142159.05 exactly",
    },
    {
      cell: `${S}!A10`,
      figure: "142159.05㎡ = 93257.84㎡ + 48901.21㎡ (2023年年度目标)",
      why: "the same split repeated for the year's target; it adds up",
    },
    {
      cell: `${S}!A4`,
      figure: "2022年6月29日 / 2022年11月21日",
      why: "history: approval dates of the feasibility study and the design, before the evaluated year on purpose",
    },
    {
      cell: `${S}!A13`,
      figure: "建设工程量≥63971.57平方米",
      why: "the year's quantity target, a part of the 142159.05 ㎡ total on purpose; ㎡ (平方米) is the right unit family",
    },
    {
      cell: `${S}!A9`,
      figure: "项目总投资为158746.38万元",
      why: "the same 总投资 as in 项目基本情况 (A4)",
    },
  ],
};

/** 西平县交通运输局 2022年 财政衔接推进乡村振兴资金项目（农村公路通村道路建设）绩效自评总结报告: narrative only, 万元, abridged (stored copy ends in 效益指标). */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "henan-zhumadian-2022-xiping-village-roads",
  title: "2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告",
  url: "http://xiping.gov.cn/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2022/12/phone1711893935395357.htm",
  province: "河南",
  year: 2022,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告"],
          [
            "为做好2022年财政衔接推进乡村振兴资金项目绩效管理工作，根据《河南省财政厅河南省扶贫开发办公室河南省发展和改革委员会关于印发河南省扶贫项目资金绩效管理办法的通知》（豫财农〔2018〕130号），现将2022年西平县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下：",
          ],
          ["一、绩效目标分解下达情况"],
          ["1、财政衔接推进乡村振兴资金下达预算及项目情况"],
          ["我县2022年农村公路通村道路建设项目计划投资2179万元，实现新建村内道路、连通道路32.63公里。"],
          ["2、财政衔接推进乡村振兴资金项目绩效目标设定情况"],
          ["该项目共编制12个绩效目标指标，其中一级指标3个，二级指标9个，三级指标12个。"],
          ["二、绩效自评工作开展情况"],
          ["根据资金使用的绩效目标要求，我单位对该项目资金使用的效果情况进行自评。于2022年12月6日至8日，对该项目的各项绩效指标完成情况进行了调查。"],
          ["三、绩效目标自评完成情况分析"],
          ["（一）资金投入情况分析"],
          ["1、项目资金到位情况分析。乡村振兴衔接资金2179万元目前已全部拨付，及时安排到相关项目。"],
          ["2、项目资金执行情况分析。项目资金共2179万元，截止2022年12月8日，已完成拨付2113.63万元，执行率97%。"],
          ["3、项目资金管理情况分析。严格按照《河南省衔接推进乡村振兴补助资金管理办法》，资金报账严格规范，资金专款专用，已完成的项目能及时完成报账。"],
          ["（二）绩效目标完成情况分析"],
          ["1、产出指标完成情况分析"],
          [
            "年内已完成项目产出指标，产出质量、数量指标、成本指标等均能按时按量完成。已完成建设工程32.63公里，我们局已组织相关技术人员对该项目进行验收，质量鉴定为合格。",
          ],
          ["2、效益指标完成情况分析"],
          ["项目实施后，能有效解决西平县15个乡镇（街道办事处）33个行政村26113户97401人出行难问题，……"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 5,
      rule: "indicator-contradiction",
      cell: "自评报告!A12",
      arithmetic:
        "“2179万元目前已全部拨付” while the next paragraph says 已完成拨付 2113.63 万元 of 2179 万元 (执行率 97 %): 2179 − 2113.63 = 65.37 万元 not yet paid out",
      fix: [
        {
          reason: "the money had arrived (到位), not all been paid out",
          sheet: S,
          replace: "目前已全部拨付，及时安排",
          with: "目前已全部到位，及时安排",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评报告!A13", figure: "2113.63万元 / 2179万元, 执行率97%", why: "2113.63 / 2179 = 96.9986 % → 97 % at 0 dp" },
    {
      cell: "自评报告!A7",
      figure: "12个指标，其中一级3个、二级9个、三级12个",
      why: "levels of one tree, not parts of a whole: the 12 三级指标 are the 12 indicators",
    },
    { cell: "自评报告!A17", figure: "32.63公里", why: "same length as the 32.63公里 planned in A5" },
    { cell: "自评报告!A2", figure: "豫财农〔2018〕130号", why: "year inside a document number" },
    { cell: "自评报告!A9", figure: "2022年12月6日至8日", why: "inside the year evaluated" },
  ],
};

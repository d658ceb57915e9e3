/**
 * 保山市交通运输局 2021年度项目支出绩效自评报告 — 保山站房规模扩大工程建设经费 (narrative only, 万元; no slips found).
 * The page opens at "一、项目基本情况", so row 1's title is written from the content and marked as such; typed up to
 * 2.项目资金执行情况, abridged. Every split of the 9925 万元 agrees: a must-not-flag set for parts and wholes.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "yunnan-baoshan-2021-railway-station",
  title: "保山市交通运输局2021年度项目支出绩效自评报告(保山站房规模扩大工程建设经费)(标题据内容拟)",
  url: "https://baoshan.gov.cn/info/7819/3701264.htm",
  province: "云南",
  year: 2021,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["保山市交通运输局2021年度保山站房规模扩大工程建设经费项目支出绩效自评报告(标题据内容拟)"],
          ["一、项目基本情况"],
          [
            "原大瑞铁路初步设计批复保山站房4000平方米,由于批复时间较早,已不能满足保山经济发展的需要,经多次向上争取,保山站站房规模扩至12000平方米,增加投资由地方承担,已申请专项债券资金支付9600万元,根据国铁集团、省人民政府《关于新建大理至瑞丽铁路大理至保山段保山站永平站漾濞站站房调整规模I类变更设计的批复》(铁鉴函〔2020〕576号),保山市应承担保山站站房扩大规模增加投资共9925万元,还需拨付325万元,市级预算安排80%计260万元,隆阳区承担65万元。",
          ],
          ["二、项目绩效自评工作开展情况"],
          ["(二)组织过程"],
          [
            "按照《保山市财政局关于2021年市级部门整体支出和项目支出绩效自评及财政绩效评价有关事项的通知》(保财绩﹝2022﹞4号)要求,资财审计科对需要开展绩效自评的项目进行梳理,并下发通知,明确评价范围、评价主体和工作要求。……",
          ],
          ["三、项目绩效实现情况"],
          ["(一)项目资金情况"],
          ["1.项目资金到位情况"],
          ["根据《保山市财政局关于2021年部门预算的批复》(保财建〔2021〕6号),市财政下达市交通运输局保山站房规模扩大工程建设经费260万元。"],
          ["2.项目资金执行情况"],
          ["市交通运输局2021年9月1日拨滇西铁路公司160万元,9月7日拨100万元。"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A3",
      figure: "已…支付9600万元 … 共9925万元,还需拨付325万元,市级预算安排80%计260万元,隆阳区承担65万元; 4000平方米 → 12000平方米",
      why: "9925 − 9600 = 325; 325 × 80 % = 260; 325 − 260 = 65: a whole, a part paid and the remainder split; the areas are the station's size, in ㎡; 铁鉴函〔2020〕576号 is an earlier approval",
    },
    { cell: "自评报告!A6", figure: "保财绩﹝2022﹞4号", why: "the 2022 notice that launched the 2021 self-evaluation: a year inside a document number" },
    { cell: "自评报告!A10", figure: "下达 … 260万元", why: "the 市级 share of A3 (325 × 80 %), not the project's 9925 total" },
    {
      cell: "自评报告!A12",
      figure: "2021年9月1日 … 160万元, 9月7日 … 100万元",
      why: "160 + 100 = 260 = the amount received (A10), both dates inside the year: paid in full",
    },
  ],
};

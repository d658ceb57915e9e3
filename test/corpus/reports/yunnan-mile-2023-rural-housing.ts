/**
 * 弥勒市住房和城乡建设局 2023年度项目支出绩效单位自评报告 — 农村危房改造补助资金及省级统贷项目省级规划示范村本息补助支出
 * (narrative only, 元 and 万元; no slips found). Typed from the opening, up to the 省州下达 task paragraph.
 * Not annotated either way: "完成2022年度完成2016年省级示范村…贷款本息还款…支付138587元" in a 2023 report reads as the
 * 2022 installment of a 2016 village's loan, paid in 2023; the typed text does not settle it.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "yunnan-mile-2023-rural-housing",
  title: "弥勒市住房和城乡建设局2023年度项目支出绩效单位自评报告",
  url: "http://www.hhml.gov.cn/zfxxgk_15889/fdzdgknr/zdlyxxgk/czxxgk/jxgl/202404/t20240412_685766.html",
  province: "云南",
  year: 2023,
  layouts: ["narrative-only", "yuan", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["弥勒市住房和城乡建设局2023年度农村危房改造补助资金及省级统贷项目省级规划示范村本息补助支出绩效自评报告"],
          ["一、基本情况"],
          [
            "根据《中共云南省委云南省人民政府关于加快推进全省农村危房改造和抗震安居工程建设的意见》(云发〔2015〕17号)、《云南省农村危房改造和抗震安居工程建设规划(2015- -2019年 )》(云建村〔2015〕527号)、《云南省人民政府办公厅关于国家开发银行专项低息贷款支持云南省农村危房改造和抗震安居工程建设实施方案的通知》(云政办发〔2015〕 85号)、《云南省2015- -2019年农村危房改造和抗震安居工程省级统贷项目红河哈尼族彝族自治州省级规划示范村寨基础设施建设项目合作实施协议》。完成2022年度完成2016年省级示范村西一镇油榨地村委会油榨地村省级示范村贷款本息还款率支付138587元及2023年度农村改造和抗震安居工程建设兑付资金 892.7 万元。",
          ],
          ["二、绩效评价工作开展情况"],
          ["(一)省州下达农村危房改造和绩效目标情况"],
          ["2023年省、州下达我市农危房及农房抗震房建设任务 594户;其中农危房改造 17户,农房抗震房改造 577 户。"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A6", figure: "任务 594户;其中农危房改造 17户,农房抗震房改造 577 户", why: "17 + 577 = 594" },
    { cell: "自评报告!A1", figure: "2023年度", why: "the year evaluated; published 2024-04-12" },
  ],
};

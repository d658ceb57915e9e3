/** 银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告 (宁夏 银川, 2022 衔接资金, narrative only, 万元). The stored copy ends inside 二（二）. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "ningxia-xingqing-2022-garbage-station",
  title: "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告",
  url: "http://xqq.gov.cn/zwgk/bmxxgkml/xqqzfhcxjsj/fdzdgknr_44766/zdgz_9109/202211/t20221102_3827749.html",
  province: "宁夏",
  year: 2022,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告"],
          ["发布机构：兴庆区住房和城乡建设局 生成日期：2022-10-25"],
          ["一、绩效目标分解下达情况"],
          [
            "根据《兴庆区2022年度第一批财政衔接推进乡村振兴补助资金使用分配计划》（银兴党农发〔2022〕1号）文件，中共银川市兴庆区委农村工作领导小组下达2022年乡村振兴衔接资金100万元，主要用于支持移民重点村产业发展。兴庆区根据资金使用方向，分解下达绩效目标要求，绩效目标如下：",
          ],
          ["二、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          ["1.项目资金到位情况分析。"],
          ["2022年中共银川市兴庆区委农村工作领导小组下达第一批乡村振兴衔接资金100万元，全部列入兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目，资金到位率100%。"],
          ["2.项目资金执行情况分析。"],
          ["项目已完成并通过验收。已购置生活垃圾压缩对换车1辆、配套转运箱2个、生活垃圾分类垃圾桶等。"],
          ["3.项目资金管理情况分析。"],
          [
            "项目资金已全额支付。兴庆区住建局严格按照《宁夏回族自治区财政衔接推进乡村振兴补助资金管理办法》（宁财（农）发〔2021〕268 号）要求，进行衔接资金的使用管理，认真做好项目档案管理工作，确保每个项目档案完整、规范。",
          ],
          ["（二）总体绩效目标完成情况分析"],
          [
            "该项目为月牙湖乡滨河家园垃圾转运站购置1辆垃圾压缩车辆及2个配套压缩箱，为促进农村生活垃圾分类工作，配套243个垃圾分类垃圾桶，验收合格率100%。资金预算100万元，支付率100%。",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A8", figure: "下达…衔接资金100万元…资金到位率100%", why: "100 of 100 万元 arrived: 100 %" },
    {
      cell: "自评报告!A12",
      figure: "项目资金已全额支付 … 宁财（农）发〔2021〕268 号",
      why: "the claim agrees with 支付率100% of the 100 万元 budget in A14; 〔2021〕 is the year of the governing rule's document number, not the year evaluated",
    },
    { cell: "自评报告!A14", figure: "资金预算100万元，支付率100%", why: "100 paid of 100 = 100 %, consistent with 全额支付 in A12" },
    { cell: "自评报告!A10", figure: "压缩对换车1辆、配套转运箱2个", why: "the same 1 vehicle and 2 boxes as 1辆…2个 in A14" },
    { cell: "自评报告!A4", figure: "银兴党农发〔2022〕1号", why: "a document number of the year evaluated, not a date slip" },
  ],
};

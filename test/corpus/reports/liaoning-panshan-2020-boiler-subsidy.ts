/** 盘山县大气转移支付 2020 年度绩效自评报告 (辽宁 盘锦, 淘汰燃煤锅炉补贴, narrative only, 万元). The stored copy is a mirror in traditional characters, typed here in the original simplified form; it ends inside 三. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "liaoning-panshan-2020-boiler-subsidy",
  title: "盘山县大气转移支付2020年度绩效自评报告",
  url: "http://bhwallpapers.com/2021_03/30_10/content-315349.html",
  province: "辽宁",
  year: 2020,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["盘山县大气转移支付2020年度绩效自评报告"],
          ["一、绩效目标分解下达情况"],
          [
            "根据省财政厅《关于下达2020年中央大气污染防治专项资金预算指标的通知》（辽财指环[2020]404号）、《盘锦市关于淘汰燃煤锅炉补贴资金分配意见的函》（盘环发〔2020〕号）指标文件，2019年盘山县淘汰燃煤锅炉专项资金指标154万元。",
          ],
          ["二、绩效目标完成情况分析"],
          [
            "经协商，盘山县财政局于2020年12月25日上午将中央专项资金（盘县财指经[2020]1038号）154万元资金抵达我局账户。由于盘山县年底决算，2020年12月25日中午前支付系统将全面封存，银行端将无法继续支付，为了更加快捷的完成支付工作，我局采用电汇及转账两种方式进行操作，顺利将19家企业锅炉补助资金全部操作完毕，经反馈其中18家企业共计152万元资金全部支付到位，一家企业盘锦华亮科工贸资金2万元未到位，主要原因为该公司开户行网络升级，未能及时将所需款项存入其单位账户。目前此笔资金已经返回至盘山县财政支付系统，由于盘山县财政支付系统目前仍处于冻结状态，所以此资金未能重新支付，待财政系统全面解封，我局将第一时间将此资金支付到位。",
          ],
          ["三、偏离绩效目标的原因和下一步改进措施"],
          ["一家企业盘锦华亮科工贸资金2万元未到位，主要原因为该公司开户行网络升级，未能及时将所需款项存入其单位账户。……"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A5",
      figure: "154万元 … 19家企业 … 其中18家企业共计152万元 … 一家企业…2万元未到位",
      why: "152 + 2 = 154 万元 and 18 + 1 = 19 企业; 全部操作完毕 refers to the transfers made, and the 2 万元 not received is stated with its reason, so no claim of full payment stands against the figures",
    },
    { cell: "自评报告!A5", figure: "2020年12月25日", why: "transfer and system-freeze dates at year end, inside the year evaluated" },
    { cell: "自评报告!A7", figure: "2万元未到位", why: "the same 2 万元 as in A5, with the reason repeated under 三" },
    { cell: "自评报告!A3", figure: "辽财指环[2020]404号 … 154万元", why: "the same 154 万元 as arrived in A5; [2020] is a document number's year" },
  ],
};

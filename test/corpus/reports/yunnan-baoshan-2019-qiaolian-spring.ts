/** 保山市归国华侨联合会 2019年度部门项目支出绩效自评报告（2019年春节慰问经费） (narrative only, 万元 and 元; no slips found). */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "yunnan-baoshan-2019-qiaolian-spring",
  title: "保山市归国华侨联合会2019年度部门项目支出绩效自评报告(2019年春节慰问经费)",
  url: "https://baoshan.gov.cn/info/6643/4251054.htm",
  province: "云南",
  year: 2019,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["保山市归国华侨联合会2019年度部门项目支出绩效自评报告(2019年春节慰问经费)"],
          ["一、项目基本情况"],
          [
            "根据《保山市委办公室保山市人民政府办公室关于做好2019年市委市政府春节慰问活动的通知》(保办电〔2019〕5号)要求,对全市侨界代表人士和困难归侨侨眷进行春节慰问。",
          ],
          ["三、项目绩效实现情况"],
          ["(一)项目资金情况"],
          ["1.项目资金到位情况。"],
          ["2019年春节慰问经费预算安排资金市级配套4.4万元,实际到位市级配套资金4.4万元,资金到位率100%。"],
          ["2.项目资金执行情况。"],
          [
            "根据市委市政府春节慰问工作安排,4.4万元慰问经费于2019年1月全部使用完毕,用于5个县(市、区)侨界代表人士和困难归侨侨眷春节慰问,共110户,标准为每户400元。",
          ],
          ["(二)项目绩效指标完成情况"],
          ["1.产出指标完成情况:2019年春节慰问5个县(市、区)共110户侨界代表人士和困难归侨侨眷,标准为每户400元,共计4.4万元。产出指标完成100%"],
          ["2.效益指标完成情况:2019年春节慰问经费使用效果良好,……取得了较好的社会效益,效益指标完成100%。"],
          ["3.满意度指标完成情况:收到全市侨界代表人士和困难归侨侨眷的一致好评,满意度100%。"],
          ["四、绩效目标未完成原因和下一步改进措施"],
          ["2019年无绩效目标未完成"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A7", figure: "预算4.4万元, 到位4.4万元, 资金到位率100%", why: "4.4 / 4.4 = 100 %" },
    {
      cell: "自评报告!A9",
      figure: "4.4万元 … 于2019年1月全部使用完毕 … 共110户,标准为每户400元",
      why: "110 × 400 元 = 44000 元 = 4.4 万元: a 元 rate against a 万元 total that agree; the spending date lies inside the year evaluated (Spring Festival 2019 fell on 5 February)",
    },
    { cell: "自评报告!A11", figure: "共110户 … 每户400元,共计4.4万元", why: "110 × 400 = 44000 元 = 4.4 万元, the same figures as A9" },
    { cell: "自评报告!A3", figure: "保办电〔2019〕5号", why: "year inside a document number, the evaluated year itself" },
  ],
};

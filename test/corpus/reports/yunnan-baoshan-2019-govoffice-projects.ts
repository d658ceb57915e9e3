/**
 * 保山市人民政府办公室 2019年度 项目支出绩效自评报告, two of the unit's projects (narrative, 万元; no slips found):
 * 日常走访慰问驻保部队专项经费 (https://baoshan.gov.cn/info/6643/4250744.htm) and
 * 驻沪联络处业务经费 (https://baoshan.gov.cn/info/6643/4250774.htm), published as pages of the unit's 2019 部门决算
 * (第四部分 四、部门绩效自评情况 (一)项目支出绩效自评报告). The two project headings are written from each page's text;
 * each page is typed from its opening, abridged.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "yunnan-baoshan-2019-govoffice-projects",
  title: "保山市人民政府办公室2019年度项目支出绩效自评报告(日常走访慰问驻保部队专项经费、驻沪联络处业务经费)",
  url: "https://baoshan.gov.cn/info/6643/4250744.htm",
  province: "云南",
  year: 2019,
  layouts: ["unit-level", "multi-project", "narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["保山市人民政府办公室2019年度项目支出绩效自评报告"],
          ["1、日常走访慰问驻保部队专项经费"],
          ["一、项目基本情况"],
          [
            "为进一步加强与驻保各部队的沟通联系,切实加强军民鱼水情,除在节日期间对驻保部队开展慰问,还需在日常工作中走访联系驻保各部队,2019年度日常走访慰问部队专项经费预算25万元,全年实际支出25万元,执行率为100%。",
          ],
          ["二、项目绩效自评工作开展情况"],
          ["……2019年根据实际情况完成与驻保各部队对接联系,同时集中慰问4次,相关费用由市人民政府办公室从日常走访慰问驻保部队专项经费中支出25万元。"],
          ["三、项目绩效实现情况"],
          ["1.项目资金到位情况:日常走访慰问驻保部队工作经费25万元经年初预算审核通过后,2019年1月全部到账。"],
          ["1.产出指标完成情况。2019年,共走访慰问驻保部队4次,赠送武警部队保山支队图书一批,按年初计划完成日常走访慰问工作。"],
          ["2、驻沪联络处业务经费"],
          ["一、项目基本情况"],
          [
            "保山市人民政府驻上海联络处于2012年11月正式批复设立,于2013年3月挂牌,为保山市人民政府的正处级派出机构,从属于保山市人民政府办公室管理。核定编制5人,主任、副主任各1名,两个科室(综合科和经济联络科)核定为正科级领导职数。目前实有4人。……本年度业务经费预算240万元,全年实际支出240万元。",
          ],
          ["三、项目绩效实现情况"],
          ["1.项目资金到位情况:驻沪联络处业务经费240万元经年初预算审核通过后,2019年1月全部到账。"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A4", figure: "预算25万元,全年实际支出25万元,执行率为100%", why: "25 / 25 = 100 %" },
    { cell: "自评报告!A6", figure: "集中慰问4次 … 支出25万元", why: "the same 4 visits as A9 and the same 25 万元 as A4 (project 1), not project 2's 240" },
    { cell: "自评报告!A9", figure: "共走访慰问驻保部队4次", why: "agrees with A6's 4 次" },
    {
      cell: "自评报告!A12",
      figure: "2012年11月 … 2013年3月; 核定编制5人,主任、副主任各1名 … 实有4人; 预算240万元,实际支出240万元",
      why: "founding history, not the period; 主任/副主任 are posts within the 5, and 实有 4 < 编制 5 is a vacancy, not a sum; 240 / 240 = 100 %",
    },
    { cell: "自评报告!A14", figure: "240万元 … 2019年1月全部到账", why: "project 2's own budget (A12), received inside the year" },
  ],
};

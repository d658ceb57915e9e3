/**
 * 扬州市发展和改革委员会 2019年市直发展项目绩效自评价报告 (江苏 扬州, unit report over four projects, narrative only, 万元),
 * published 2020-05-20. Abridged to what the stored copy holds: the unit's list of projects and the opening of
 * 一、市级特色小镇建设项目 (the copy stops inside its 效果目标). No slip found: its figures serve as must-not-flag.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "jiangsu-yangzhou-2019-ndrc-projects",
  title: "2019年市直发展项目绩效自评价报告",
  url: "http://fgw.yangzhou.gov.cn/fzggw/tzgg/202005/b77b965236064d05bea156907f9da387.shtml",
  province: "江苏",
  year: 2019,
  layouts: ["narrative-only", "unit-level", "programme-blocks", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["2019年市直发展项目绩效自评价报告"],
          ["发布日期：2020-05-20"],
          [
            "2019年，我单位共有4个市直发展项目，分别为市级特色小镇建设奖补专项资金、市级现代服务业发展专项资金、市级储备粮油财政补贴专项资金、省预算内统筹基建投资专项资金。根据《扬州市财政局关于开展2019年度市直发展项目绩效自评价工作的通知》（扬财绩〔2020〕4号）要求，现将项目绩效自评价报告在单位网站公开。",
          ],
          ["一、市级特色小镇建设项目"],
          ["（一）项目概况"],
          [
            "1、项目单位基本情况。……2017年5月，《市政府关于加快创建特色小镇的实施意见》（扬府发〔2017〕66号）正式出台，……提出全市经过3-5年创建，建成市级特色小镇20个左右的具体目标。市政府先后于2017年5月、2018年9月分两批公布了24个市级特色小镇创建单位名单。",
          ],
          [
            "2018年7月，市发改委、财政局联合制定出台了《扬州市特色小镇奖补资金管理办法》（扬财规[2018]5号），明确市财政三年扶持特色小镇建设一个亿。2019年12月，市财政投入2000万元，主要用于2019年考评合格和优秀的17个市级（含省级）特色小镇专项规划编制、小镇客厅建设、产业发展平台、公共服务配套、宣传推广、基础设施建设等方面。",
          ],
          [
            "2、项目年度预算绩效目标。其中，投入目标：市级财政投入金额2000万元，财政资金投入率100%，财政资金到位率100%，财政资金使用率100%。产出目标：完成特色小镇创建专项规划24个，建成小镇客厅20个，年度完成固定资产投资20亿元以上，开工亿元以上项目5个。",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: `${S}!A3`,
      figure: "共有4个市直发展项目，分别为……（四项）；扬财绩〔2020〕4号",
      why: "four projects named for 共4个; 2020 in the notice number is the year the 2019 evaluation was ordered, not a period",
    },
    {
      cell: `${S}!A6`,
      figure: "建成市级特色小镇20个左右；24个市级特色小镇创建单位",
      why: "24 candidates for a target of about 20 towns: two different quantities, not a 共N个其中 split",
    },
    {
      cell: `${S}!A7`,
      figure: "三年扶持特色小镇建设一个亿；2019年12月市财政投入2000万元；17个",
      why: "2000 万元 is the 2019 share of a three-year 1 亿元 commitment, and the 17 towns that passed are a part of the 24 on purpose",
    },
    {
      cell: `${S}!A8`,
      figure: "市级财政投入金额2000万元，投入率100%，到位率100%，使用率100%",
      why: "targets set for the year; 2000 万元 agrees with the 2000 万元 put in (A7)",
    },
    { cell: `${S}!A2`, figure: "2020-05-20", why: "publication of the 2019 report in the following year, on purpose" },
  ],
};

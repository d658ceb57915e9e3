/**
 * 旌德县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告 (安徽 宣城 旌德县农业农村水利局, narrative, 万元),
 * published 2022-02-11 on ahjd.gov.cn. The stored copy stops inside "二、绩效自评工作开展情况（二）自评方式", so the
 * 自评表 and the later sections are not typed. Paragraphs are typed as printed (the doubled "，，" included).
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "anhui-jingde-2021-rural-water-upkeep",
  title: "旌德县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告",
  url: "https://www.ahjd.gov.cn/About/show/1321427.html",
  province: "安徽",
  year: 2021,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["旌德县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告"],
          ["一、概述"],
          ["（一）中央下达水利发展资金预算和绩效目标情况"],
          [
            "本项目属中央水利资金项目，项目批复总投资61.8万元。其中：依据《水利部财政部关于做好中央财政补助农村饮水工程维修养护经费安排使用的指导意见》（水财务【2019】157号）、《安徽省财政厅关于提前下达2021年中央财政水利发展资金预算的通知》（皖财农【2020】1351号）下达中央财政资金30.9万元，县财政资金30.9万元，共计下达61.8万元。",
          ],
          ["本项目总体的绩效目标是169处农村饮水工程维修养护，，覆盖服务人口4.52（万人）。"],
          ["（二）预算和绩效目标分解情况"],
          ["1、资金分配情况"],
          ["项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。"],
          ["2、预算和绩效目标省内分解下达情况"],
          ["2020年12月14日安徽省水利厅以《关于做好2021年中央财政补助农村饮水工程维修养护经费使用工作的通知》下达投资计划共计30.9万元。"],
          ["（三）实施项目情况"],
          [
            "项目完成情况：全县169处农村饮水工程的蓄水池、过滤池等进行必要的维修、清洗，输水管材的更换以及水质净化消毒设施的购买等相关工作。工程于2021年2月12日开工，2021年6月底完成建设任务；工程于2021年7月完成资金拨付和项目验收工作。",
          ],
          ["（四）2020年度水利发展资金绩效评价整改情况"],
          ["二、绩效自评工作开展情况"],
          ["（一）自评依据"],
          ["本项目自评绩效依据文件为《财政部办公厅、水利部办公厅关于开展2020年度水利发展资金绩效评价工作的通知》财办农【2021】14号文。"],
          ["（二）自评方式"],
          ["依据省级开展水利发展资金绩效评……（存档文本至此中断）"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "text-mismatch",
      cell: `${S}!A8`,
      arithmetic:
        "the same sentence splits 总投资 61.8 万元 into 中央财政资金 30.9 + 县财政配套资金 30.9 = 61.8, then calls the whole 61.8 万元 “中央下达资金”; 中央 is 30.9 万元 here, in A4 (下达中央财政资金30.9万元) and in A10 (省水利厅下达投资计划共计30.9万元); 61.8 is 中央 + 县 (A4: 共计下达61.8万元)",
      fix: [
        {
          reason: "61.8 万元 is what was issued in all (中央 30.9 + 县 30.9), as A4 says",
          sheet: S,
          replace: "2021年度中央下达资金61.8万元",
          with: "2021年度共计下达资金61.8万元",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: `${S}!A4`,
      figure: "总投资61.8万元；中央30.9万元，县30.9万元，共计下达61.8万元；皖财农【2020】1351号 提前下达2021年",
      why: "30.9 + 30.9 = 61.8; money for 2021 issued in advance in late 2020, so the document year precedes the funded year",
    },
    { cell: `${S}!A10`, figure: "下达投资计划共计30.9万元", why: "the province passes on the 中央 share only: 30.9 = 中央财政资金 30.9 in A4" },
    {
      cell: `${S}!A5`,
      figure: "169处，覆盖服务人口4.52（万人）",
      why: "a count of works and a population in 万人, not money; A12 repeats 169处",
    },
    {
      cell: `${S}!A12`,
      figure: "2021年2月12日开工，6月底完成，7月完成资金拨付和验收",
      why: "all dates inside the evaluated year 2021, in order",
    },
    {
      cell: `${S}!A16`,
      figure: "《…关于开展2020年度水利发展资金绩效评价工作的通知》财办农【2021】14号",
      why: "the title of a real notice issued in 2021 about the 2020 evaluation; the year names the notice, not this project",
    },
    {
      cell: `${S}!A13`,
      figure: "（四）2020年度水利发展资金绩效评价整改情况",
      why: "the heading is about rectifying last year's (2020) evaluation, a different year by design",
    },
  ],
};

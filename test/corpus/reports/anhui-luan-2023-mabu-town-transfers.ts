/**
 * 金寨县麻埠镇人民政府 2023年度 上级资金转移支付（10个项目）绩效自评: narrative only, 万元, as stored (the page carries
 * no title line; the stored copy ends after 总体绩效目标完成情况分析). A unit's report over several projects.
 * Not annotated (not arithmetic): the last paragraph names 金寨县白塔畈镇人民政府 where every other paragraph names 麻埠镇.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "anhui-luan-2023-mabu-town-transfers",
  title: "金寨县麻埠镇人民政府2023年度上级资金转移支付绩效自评（网页无标题行）",
  url: "https://www.ahjinzhai.gov.cn/public/6597191/37522367.html",
  province: "安徽",
  year: 2023,
  layouts: ["narrative-only", "unit-level", "multi-project", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["金寨县麻埠镇人民政府2023年度上级资金转移支付绩效自评报告"],
          ["一、绩效目标分解下达情况"],
          ["（一）金寨县麻埠镇人民政府2023年度下达上级资金转移支付755.19万元。绩效目标设置根据项目实施情况从产出指标、效益指标、满意度指标设置。"],
          [
            "（二）金寨县麻埠镇人民政府2023年度下达上级资金转移支付755.19万元。其中：中央级资金转移支付124.23万元，省级资金转移支付370.83万元，市级资金260.3万元，资金共分为10个项目，转移支付绩效目标设置根据10个项目实施情况从产出指标、效益指标、满意度指标设置。",
          ],
          ["二、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          [
            "1.金寨县麻埠镇人民政府2023年度下达中央级资金转移支付755.19万元。省级资金转移支付124.23万元，为桂花村美丽乡村建设25万元，对村集体组织帮助0.71万元，麻埠镇鲜花岭水毁河堤维修加固工程100万元，2023年度农村改厕项目资金（皖财农〔2022〕1115号）21.24万元；市级资金260.3万元，为奖励督查10万元，安徽省大别山区水环境生态补偿资金250万元等。",
          ],
          [
            "2.金寨县麻埠镇人民政府2023年度下达上级资金转移支付10个项目均完工，其中3个项目资金执行100%，剩余农业农村生态环境支出（2022年农村人居环境整治项目）资金执行99.97%；桂花村美丽乡村项目99.89%，响洪甸水毁修复项目95.6%，安徽省大别山区水环境生态补偿资金86.02%，2023年美丽乡村建设项目99.49%。",
          ],
          [
            "3.金寨县麻埠镇人民政府2023年度下达上级资金转移支付严格按照上级文件下达设立相关项目资金，并根据项目实施情况设置绩效目标。安排专人监督项目实施，确保项目实施通过验收，完成项目绩效目标，合理有序开展项目资金支付。",
          ],
          ["（二）总体绩效目标完成情况分析。"],
          ["金寨县白塔畈镇人民政府2023年度下达上级资金转移支付755.19万元。分解10个项目，总体绩效目标是完成各项任务工作，保质保量完成项目建设。"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评报告!A4",
      arithmetic: "中央 124.23 + 省级 370.83 + 市级 260.3 = 755.36 万元 ≠ 共 755.19 万元 (off by 0.17); 755.19 is repeated in A3, A7 and A11",
      fix: [
        {
          reason: "省级 share is 755.19 − 124.23 − 260.3 = 370.66",
          sheet: S,
          replace: "省级资金转移支付370.83万元",
          with: "省级资金转移支付370.66万元",
          count: 1,
        },
      ],
    },
    {
      kind: 3,
      rule: "text-mismatch",
      cell: "自评报告!A7",
      arithmetic: "“下达中央级资金转移支付755.19万元” while A4 gives 中央级 124.23 万元 and 755.19 万元 as the total of all 上级 transfers",
      fix: [
        {
          reason: "755.19 is the 上级 total, not the 中央 share",
          sheet: S,
          replace: "下达中央级资金转移支付755.19万元。",
          with: "下达上级资金转移支付755.19万元。",
          count: 1,
        },
      ],
    },
    {
      kind: 3,
      rule: "text-mismatch",
      cell: "自评报告!A7",
      arithmetic: "省级资金转移支付 124.23 万元 here, 370.83 万元 in A4 (124.23 is A4's 中央 figure)",
      fix: [
        {
          reason: "省级 share as in A4 (corrected to 370.66), listing only part of it",
          sheet: S,
          replace: "省级资金转移支付124.23万元，为",
          with: "省级资金转移支付370.66万元，其中",
          count: 1,
        },
        { reason: "the list is a part of the 省级 money", sheet: S, replace: "21.24万元；市级", with: "21.24万元等；市级", count: 1 },
      ],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评报告!A7",
      arithmetic:
        "省级 items 25 + 0.71 + 100 + 21.24 = 146.95 万元 > the 省级资金转移支付 124.23 万元 they are said to make up (put right by the fix of the 省级 figure above)",
      fix: [],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评报告!A8",
      arithmetic: "10个项目: 3 at 100 % + 5 listed by name (99.97 %, 99.89 %, 95.6 %, 86.02 %, 99.49 %) = 8 ≠ 10",
      fix: [{ reason: "the projects at 100 % are 10 − 5 = 5", sheet: S, replace: "其中3个项目资金执行100%", with: "其中5个项目资金执行100%", count: 1 }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评报告!A8",
      arithmetic: "安徽省大别山区水环境生态补偿资金 执行 86.02 % < 90 %, no reason given anywhere in the report",
      fix: [
        {
          reason: "give the reason for the low execution",
          sheet: S,
          replace: "生态补偿资金86.02%，",
          with: "生态补偿资金86.02%（更正稿补充：部分工程尚未完成结算审计，余款待审计后支付），",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评报告!A3", figure: "755.19万元", why: "the same total as A4 and A11" },
    { cell: "自评报告!A11", figure: "755.19万元；分解10个项目", why: "same total and the same 10 projects as A4" },
    {
      cell: "自评报告!A1",
      figure: "2023年度",
      why: "the year evaluated; the 2022 document number (皖财农〔2022〕1115号) and 2022年农村人居环境整治项目 in A7/A8 are a prior-year notice and a prior-year project paid in 2023",
    },
  ],
};

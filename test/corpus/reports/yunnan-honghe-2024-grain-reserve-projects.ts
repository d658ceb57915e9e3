/**
 * 红河州粮食和物资储备局 2024年度项目支出绩效单位自评报告 (narrative, one unit's report over its 14 + 4 projects, 万元; no slips found).
 * Stored as a mirror page that opens at "(一)项目概况", so row 1's title is written from the content and marked as such.
 * The mirror injected an advertisement into the first sentence ("白事一条龙服务价格 …" with a phone number); it is not part of
 * the report and is left out. Two deceased officials' names in the 抚恤金 item are abridged to "……". Typed up to the first
 * project's 立项背景, where the stored page ends.
 * Every count and sum here agrees: a must-not-flag set for 共N个/其中 checks over several projects.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "yunnan-honghe-2024-grain-reserve-projects",
  title: "红河州粮食和物资储备局2024年度项目支出绩效单位自评报告(标题据内容拟)",
  url: "http://zgbsfw.cn/zgbsfw/3229.html",
  province: "云南",
  year: 2024,
  layouts: ["unit-level", "narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["红河州粮食和物资储备局2024年度项目支出绩效单位自评报告(标题据内容拟)"],
          ["(一)项目概况"],
          [
            "红河州粮食和物资储备局2024年年初预算项目共14个,项目支出预算资金为2836.14万元,其中:1.本年一般公共预算财政拨款收入预算安排项目11个,预算资金为2827.23万元,即:红河州冻猪肉储备费用补助及第三方监管经费82.8万元、红河州粮库智能化升级改造项目工程尾款项目经费30.61万元、粮库智能化升级改造项目其间费用项目经费4.82万元、粮库智能化系统联网网络租用费项目经费18万元、红河州州级粮食风险基金专项资金2,000万元、县市级储备粮食风险基金专项资金226万元、红河州社会粮食流通统计及价格监测经费5万元、红河州粮食质量安全监测经费30万元、救灾物资采购专项资金416万元、红河州粮食流通监督检查经费5万元、救灾物资储备管理经费9万元。2.上年结转结余项目3个,预算资金为8.91万元,即:2023年省级救灾物资管理及救灾物资调运经费8.64万元、州粮食和物资储备局往年结余上级补助资金0.1万元;2022年至2023年单位自有资金利息收入资金0.17万元。",
          ],
          [
            "年中追加项目资金79.53万元,涉及项目4个,其中:2024年……死亡一次性抚恤金及丧葬费补助资金52.94万元;2024年粮食和物资储备工作会议经费1.29万元;执收部门成本专项补助经费10.35万元;2023年省级救灾物资管理及救灾物资调运经费14.95万元。",
          ],
          ["1.立项背景"],
          [
            "(1)红河州冻猪肉储备费用补助及第三方监管经费:根据《云南省发改委、财政厅、农业农村厅、商务厅、市场监管局关于完善州(市)级政府冻猪肉储备调解机制的通知》(云发改价格〔2021〕775号)和《关于给予批准<红河州冻猪肉储备方案>的请示》(红粮联〔2022〕15号)……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A3",
      figure: "共14个 … 2836.14万元; 其中 11个 2827.23万元 (11 items); 3个 8.91万元 (3 items)",
      why: "82.8 + 30.61 + 4.82 + 18 + 2000 + 226 + 5 + 30 + 416 + 5 + 9 = 2827.23 over 11 named items; 8.64 + 0.1 + 0.17 = 8.91 over 3; 11 + 3 = 14; 2827.23 + 8.91 = 2836.14; 2,000 with a thousands separator is 2000; the 2023年 结转 project and the 2022年至2023年 interest are earlier years on purpose (carry-overs)",
    },
    {
      cell: "自评报告!A4",
      figure: "年中追加项目资金79.53万元,涉及项目4个: 52.94 / 1.29 / 10.35 / 14.95",
      why: "52.94 + 1.29 + 10.35 + 14.95 = 79.53 over 4 items; the 追加 stands apart from the 年初 2836.14 on purpose; its 2023年省级救灾物资管理及救灾物资调运经费 14.95 shares a name with A3's 结转 8.64 万元: two allotments of one project (结转 and 追加), not one figure checked against another",
    },
    {
      cell: "自评报告!A6",
      figure: "云发改价格〔2021〕775号; 红粮联〔2022〕15号",
      why: "years inside document numbers: the earlier rules behind a continuing project",
    },
  ],
};

/**
 * 南昌市烈士陵园管理处 2022年度项目支出绩效自评总报告: a unit's narrative report over its projects (no form), 万元, abridged.
 * The stored copy (a document-sharing site's text of the .docx) stops inside project 4 of 5; its extraction artefacts
 * ("35. 3", "100%o", lost brackets in the document number) are typed as the document reads ("35.3", "100%。", "〔2023〕1号").
 */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "jiangxi-nanchang-2022-martyrs-cemetery",
  title: "2022年度项目支出绩效自评总报告（南昌市烈士陵园管理处）",
  url: "https://m.001doc.com/doc/1156605.html",
  province: "江西",
  year: 2022,
  layouts: ["narrative-only", "unit-level", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评报告",
        widths: [120],
        wrap: true,
        rows: [
          ["2022年度项目支出绩效自评总报告"],
          [
            "为切实做好2022年度财政项目支出绩效评价工作，进一步加强项目资金管理，提高财政资金使用效益和效率，根据南昌市财政局关于开展2022年度单位自评及部门评价工作的通知（洪财绩〔2023〕1号）要求，对我处2022年度项目支出绩效进行了自评。现将情况报告如下：",
          ],
          ["一、本部门项目绩效目标情况"],
          ["（一）南昌市烈士陵园管理处2022年度共有5个项目"],
          [
            "1、烈士纪念设施维修项目：预算35.3万元，2022年全年实际支付35.3万元，使用率100%。具体评价范围为：独立墓墓基（台阶、墓道、围栏）维修、更换主碑等500平方米；7座墓碑、生平简介等刻字、贴金；墓地周边环境整治404平方米。共支出成本35.3万元，2022年全年已实际支付35.3万元。",
          ],
          [
            "2、2022年退役军人事务专项资金项目：预算20万元，2022年全年实际支付20万元，使用率100%。具体评价范围为：英烈堂窗户改造更新335平米，环境整治绿化面积约3000平米；编撰南昌英烈50万字；集中安葬烈士3名；制作一块烈士陵园指示牌。共支出成本20万元，2022年全年已实际支付20万元。",
          ],
          [
            "3、预算外资金政府集中款项目：预算20万元，2022年全年实际支付20万元，使用率100%。具体评价范围为：屋顶防水、隔热等400平方米；改造更新党建文化宣传版面等600平方米，共支出成本20万元，2022年全年已实际支付20万元。",
          ],
          [
            "4、南昌市烈士陵园整体提升改造工程（一期）项目：预算1616万元，2022年全年实际支付1616万元，使用率100%。具体评价范围为：全面完成11500平方米烈士纪念广场和20米高烈士纪念碑；……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A5", figure: "预算35.3万元，实际支付35.3万元，使用率100%", why: "35.3 / 35.3 = 100 %; 共支出成本 35.3 万元 repeats the same figure" },
    {
      cell: "自评报告!A6",
      figure: "编撰南昌英烈50万字；335平米、约3000平米",
      why: "50万字 is a count of characters, not money; 平米 is 平方米, an area on an area",
    },
    { cell: "自评报告!A8", figure: "1616万元 使用率100%；20米高纪念碑", why: "1616 / 1616 = 100 %; 20米 is the monument's height, not a length of works" },
    { cell: "自评报告!A2", figure: "洪财绩〔2023〕1号", why: "the year inside the document number is the filing year after the year evaluated" },
    { cell: "自评报告!A4", figure: "共有5个项目", why: "the stored copy breaks off inside project 4; the count cannot be checked against the list" },
    { cell: "自评报告!A7", figure: "预算20万元，实际支付20万元，使用率100%", why: "20 / 20 = 100 %" },
  ],
};

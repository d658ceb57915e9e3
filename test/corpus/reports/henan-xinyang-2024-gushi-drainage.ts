/** 2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告: a short narrative-only report (自评表 attached as a download, not stored), 万元. */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "henan-xinyang-2024-gushi-drainage",
  title: "2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告",
  url: "https://www.gushi.gov.cn/2026/01-03/765939.html",
  province: "河南",
  year: 2024,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评报告",
        widths: [120],
        wrap: true,
        rows: [
          ["2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告"],
          ["固始县巩固拓展脱贫攻坚成果与乡村振兴有效衔接指挥部："],
          [
            "根据《国务院办公厅关于转发财政部、国务院扶贫办、国家发展改革委扶贫项目资金绩效管理办法的通知》国办文[2018]35号文件精神，切实提高财政扶贫项目资金使用效益，落实资金监管责任。现将2024年固始县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告如下：",
          ],
          ["一、绩效目标分解下达情况"],
          [
            "因我镇所属仰天洼社区排水设施薄弱，山洪破坏力大，我镇计划对仰天洼社区实施排水沟建设工程，新建C25砼排水沟1300m（规格：0.6*0.6）砼、浆砌石。全面提升山洪防御基础，从而推动经济社会高质量发展，安排项目资金56万元。",
          ],
          ["二、绩效目标自评工作开展情况"],
          [
            "对2024年固始县祖师庙镇仰天洼社区产业设施配套项目开展自评，包括项目建设内容是否按计划完成，项目质量是否达标，培训内容是否按计划完成，培训质量是否达标，资金是否发放到位等进行自评。",
          ],
          ["三、绩效目标自评完成情况分析"],
          ["（一）资金投入情况分析"],
          ["下达建设资金56万元，全部用于仰天洼社区排水沟建设。"],
          ["（二）绩效目标完成情况分析"],
          [
            "计划资金全部到位56万元，2024年固始县祖师庙镇仰天洼社区产业设施配套项目已验收结算。项目数量、质量达到预期目的，项目实施后，可有效解决群众出行、农产业运输问题，通过对基础设施的改善，带动相关产业的发展，社会效益均较显著，受益群众满意度100%。",
          ],
          ["四、绩效自评结果拟应用和公开情况"],
          ["本次自评结果可以为下次资金分配提供数据参考，并在系统内部公开。"],
          ["附件：2024年固始县祖师庙镇仰天洼社区产业设施配套项目自评表"],
          ["固始县祖师庙镇人民政府"],
          ["2025年12月30日"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A17", figure: "2025年12月30日", why: "filing date after the year evaluated (2024), as self-evaluations are filed afterwards" },
    { cell: "自评报告!A3", figure: "国办文[2018]35号", why: "year inside a document number" },
    { cell: "自评报告!A10", figure: "56万元", why: "the same 56 万元 as 安排 in A5" },
    {
      cell: "自评报告!A12",
      figure: "全部到位56万元；满意度100%",
      why: "56 万元 agrees with A5 and A10; 满意度 is a survey figure, no total to check it against",
    },
    {
      cell: "自评报告!A5",
      figure: "排水沟1300m（规格：0.6*0.6）",
      why: "a length with a cross-section size, not an area; no other length in the report to disagree",
    },
  ],
};

/**
 * 红河州财政局 2022年度项目支出绩效自评报告 (narrative, one unit's report over its 15 projects; no slips found).
 * Typed from the opening, over the first project and the start of the second, up to where the stored page ends; abridged.
 * Its figures are mostly years that are not the period: history, document numbers, the following year's notice.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "yunnan-honghe-2022-finance-bureau-projects",
  title: "红河州财政局2022年度项目支出绩效自评报告",
  url: "http://www.hh.gov.cn/zfxxgk/fdzdgknr/zdlyxxgk_1/czxxgk/ysjxgl/202304/t20230423_638536.html",
  province: "云南",
  year: 2022,
  layouts: ["unit-level", "multi-project", "narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["红河州财政局2022年度项目支出绩效自评报告"],
          [
            "根据《红河州财政局关于开展2023年州级绩效评价工作的通知》(红财绩发〔2023〕5号)文件精神要求,红河州财政局对2022年预算批复的15个项目开展了绩效自评,现将情况报告如下:",
          ],
          ["一、基本情况"],
          ["(一)项目概况"],
          ["1.“政采云”电子卖场平台服务经费"],
          [
            "项目背景: 为深入贯彻落实党中央、国务院“放管服”改革和深化政府采购制度改革的新要求,积极响应云南省财政厅部署政采信息化“全省一张网”的建设指导精神,于2019年7月起建立了政府采购“政采云”电子平台。",
          ],
          ["项目实施主体:州财政局政府采购管理科。"],
          [
            "项目资金批复情况:……根据《云南省人民政府办公厅关于成立云南省与阿里巴巴集团合作委员会的通知》(云政办函〔2017〕13号)文件精神,2019年7月,红河州财政局建立了政府采购“政采云”电子平台。根据《红河州财政局关于下达2022年州本级行政事业单位人员类、运转类和特定目标类项目支出预算的通知》(红财预发〔2022〕15号)文件,2022年批复州财政局“政采云”电子卖场平台服务经费20万元。",
          ],
          ["2.2022年财政委托业务经费"],
          [
            "项目背景:为进一步落实全面实施预算绩效管理有关要求,加快建成全方位、全过程、全覆盖的预算绩效管理体系,推动预算绩效管理工作高质量发展,红河州财政局结合工作实际,根据《中共中央 国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A2",
      figure: "开展2023年州级绩效评价工作的通知 (红财绩发〔2023〕5号) … 2022年预算批复的15个项目",
      why: "the 2023 notice that launched the 2022 self-evaluation; 15 projects is the count evaluated (only the first two are typed)",
    },
    { cell: "自评报告!A6", figure: "于2019年7月起建立", why: "the platform's history, not a date of the 2022 work" },
    {
      cell: "自评报告!A8",
      figure: "云政办函〔2017〕13号; 2019年7月; 红财预发〔2022〕15号; 20万元",
      why: "document numbers and history; the 2022 appropriation of 20 万元 is the project's own budget",
    },
    { cell: "自评报告!A10", figure: "中发〔2018〕34号", why: "a year inside a document number" },
  ],
};

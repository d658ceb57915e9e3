/**
 * 2021年茂名市发展和改革局部门整体支出绩效自评报告 (广东 茂名, unit-level, narrative only), typed from a document-site
 * copy of the PDF. The stored copy stops at 部门整体支出绩效目标, before the money; what it holds is typed, abridged.
 * No slip found: its figures serve as must-not-flag.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "guangdong-maoming-2021-ndrc-unit",
  title: "2021年茂名市发展和改革局部门整体支出绩效自评报告",
  url: "https://www.kunmingchi.com/archives/vzpngm2097m5n2ywqbkd.html",
  province: "广东",
  year: 2021,
  layouts: ["narrative-only", "unit-level"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["2021年茂名市发展和改革局整体支出绩效自评报告"],
          [
            "根据《关于开展2022年市级财政资金绩效自评工作的通知》（茂财绩函〔2022〕2号）要求，我单位及时布置自评任务，明确人员分工，落实主体责任，认真开展自评自查工作，经查阅、核实有关账务及项目等执行情况，填写自评表格，形成本评价报告。现将2021年茂名市发展和改革局整体支出绩效自评报告如下：",
          ],
          ["一、部门基本情况"],
          ["（一）部门职能"],
          [
            "我局负责拟订和组织实施全市国民经济和社会发展战略、中长期规划和年度计划、重点项目计划，负责全市固定资产投资项目审批、核准、备案及监督检查，……保障粮食和物资储备安全等。",
          ],
          ["（二）设置机构及人员情况"],
          ["我局成立于1958年，属于国家行政单位，设17个内设机构。我局实有编制数63人，2021年末在职人数57人、离退休人数94人。"],
          ["（三）年度总体工作和重点工作任务"],
          ["1、强化经济综合管理，积极发挥党委政府的参谋助手作用。"],
          ["2、紧紧扭住重点项目“牛鼻子”，促进固定资产投资增量提质。"],
          ["3、聚焦优势产业新兴产业和特色产业，加快建设现代产业体系。"],
          ["4、推动更深层次改革开放，更好激发市场发展活力。"],
          ["5、实施乡村振兴战略，推动城乡区域协调发展。"],
          ["6、践行绿色发展理念，加强生态文明建设。"],
          ["7、加快补齐社会民生短板，推动发展成果人民共享。"],
          ["8、做好粮食能源保障、电力、成品油及安全生产等工作，提高安全生产水平。"],
          ["9、坚持旗帜鲜明讲政治抓政治，更大力度推进系统党的建设和干部队伍建设。"],
          ["（四）部门整体支出绩效目标"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: `${S}!A2`,
      figure: "开展2022年市级财政资金绩效自评工作（茂财绩函〔2022〕2号）",
      why: "the 2021 evaluation is carried out in 2022: the notice's year and number are the following year on purpose",
    },
    {
      cell: `${S}!A7`,
      figure: "成立于1958年；编制数63人，2021年末在职人数57人、离退休人数94人",
      why: "1958 is history, not a period; 57 in post against 63 posts is a vacancy, not a part-whole slip; 离退休 94 are counted apart from 在职",
    },
    { cell: `${S}!A1`, figure: "2021年", why: "the evaluated year, matching the report's year" },
    { cell: `${S}!A9`, figure: "1、……9、", why: "a numbered list of nine tasks, not figures" },
  ],
};

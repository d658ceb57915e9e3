/**
 * 东莞市财政局 基建项目绩效自评审核结果 (广东 东莞, narrative only, 万元): the finance bureau's sample review of 72
 * 基建项目 self-evaluations. The page gives no evaluated year; 2020 is inferred from the rules it cites (财预〔2020〕10号)
 * and the page's place in the 广东 CMS numbering (post_3425275, about spring 2021). The graded table is an attachment
 * not held. Complete as far as the stored copy goes.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

const GRADES =
  "根据市财政局审核结果，抽审的41个项目审核等级为：1个项目评为优，占评定项目的2.44%；3个项目评为良，占评定项目的7.32%；35个项目评为中，占评定项目的85.36%；2个项目评为差，占评定项目的4.88%。";

export const report: CorpusReport = {
  id: "guangdong-dongguan-2020-infrastructure-review",
  title: "东莞市基建项目绩效自评审核结果（页面标题未存，按正文拟）",
  url: "http://dgcjj.dg.gov.cn/cjdt/tzgg/content/post_3425275.html",
  province: "广东",
  year: 2020,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["东莞市基建项目绩效自评审核结果"],
          [
            "根据《项目支出绩效评价管理办法》（财预〔2020〕10 号）、《关于全面实施预算绩效管理的意见》（东府办〔2019〕51号）、《东莞市市级财政预算绩效目标管理办法（试行）》（东财〔2019〕217号）有关要求，纳入本次绩效自评的基建项目有72个，绩效自评审核涉及5个科室，涵盖轨道交通工程、建筑工程、道路工程、市政工程、公园、水务工程等类别，涉及调整后预算金额136976.4万元。",
          ],
          [
            "根据市财政局的抽查审核，共计对虎门中学增建二期学生宿舍工程、东莞中国科学院云计算产业技术创新与育成中心工程、东莞市商业学校东校区新建学生宿舍和饭堂工程、市妇女儿童活动中心（新校址）工程等41个项目进行了审核，涉及调整后预算金额110790.58万元。",
          ],
          [GRADES],
          ["抽查项目评价审核等级汇总"],
          ["详情请查看附件。"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 8,
      rule: "rate-mismatch",
      cell: `${S}!A4`,
      arithmetic:
        "35 / 41 = 85.366 %, 85.37 % at the printed 2 dp; printed 85.36 % (the other shares agree: 1/41 = 2.44 %, 3/41 = 7.32 %, 2/41 = 4.88 %; 85.36 looks forced so that the four add to 100.00)",
      fix: [{ reason: "35 / 41 = 85.37 %", sheet: S, replace: "占评定项目的85.36%", with: "占评定项目的85.37%", count: 1 }],
    },
  ],
  mustNotFlag: [
    {
      cell: `${S}!A3`,
      figure: "41个项目；110790.58万元",
      why: "the sample: 41 of the 72 projects in A2, 110790.58 of 136976.4 万元, parts on purpose",
    },
    {
      cell: `${S}!A2`,
      figure: "财预〔2020〕10 号；东府办〔2019〕51号；东财〔2019〕217号",
      why: "years inside document numbers, not periods of the evaluation",
    },
    {
      cell: `${S}!A1`,
      figure: "东莞市基建项目绩效自评审核结果",
      why: "title only; no figures",
    },
  ],
};

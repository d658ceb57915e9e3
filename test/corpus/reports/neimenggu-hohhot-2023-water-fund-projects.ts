/**
 * **河县2023年度中央水利发展资金绩效自评报告 (内蒙古 呼和浩特 "**河县", narrative over several fund sources and projects, 万元).
 * The stored copy is a tender-aggregator copy (qianlima) that masks place names with "*" (the county, 呼和浩特市财政局 as
 * "****财政局"); the masks are typed as printed. The county is in 呼和浩特 (呼财农指 documents). The copy stops inside project 1
 * of "（三）实施项目情况", so only that project's implementation paragraph is typed; the headings "（一）/（二）" are not in the copy.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "neimenggu-hohhot-2023-water-fund-projects",
  title: "**河县2023年度中央水利发展资金绩效自评报告",
  url: "https://wap.qianlima.com/zb/detail/20240701_430694551.html",
  province: "内蒙古",
  year: 2023,
  layouts: ["narrative-only", "multi-project", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["**河县2023年度中央水利发展资金绩效自评报告"],
          [
            "****财政局呼财农指【2023】10号文件《关于下达2023年中央水利发展资金预算的通知》，下达**河县2023年中央水利发展资金2263万元。****财政局呼财农指【2023】19号文件《关于下达2023年乡村**衔接资金（配套中央水利发展资金项目）的通知》，下达**河县2023年资金791万元。****财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》，下达**河县2023年资金5万元。",
          ],
          [
            "****水务局、****财政局呼财农指【2023】10号文件《关于下达2023年中央水利发展资金预算的通知》，下达**河县2023年中央水利发展资金2263万元。其中：中小河流治理工程1435万元，小型水库工程维修养护25万元，农村饮水工程维修养护55万元，小流域综合治理700万元，山洪灾害防治设施维养6万元，水**管理14万元，农业水价改革18万元。中央资金已全部到位。",
          ],
          [
            "****财政局呼财农指【2023】19号文件《关于下达2023年乡村**衔接资金（配套中央水利发展资金项目）的通知》，下达**河县2023年资金791万元。其中：中小河流治理工程491万元，小流域综合治理300万元。",
          ],
          ["****财政局呼财农指【2023】41号文件《关于下达2023年自治区水利发展资金预算的通知》，下达**河县2023年山洪灾害防治设施维养6万元。"],
          ["（三）实施项目情况"],
          ["**河县2023年度中央水利发展资金项目，主体工程基本全部完工。"],
          [
            "1、中小河流治理工程治理河道总长为3.75km，其中**河干流长 3.133km，王三窑沟汇入口段 0.617km；**干流堤防工程 1 段，长 0.23km；**护岸工程共 4 段，长 3.47km：右岸 1 段，长0.98km，左岸 3 段，长 2.49km （含支沟连接段）；王三窑沟汇入口处**堤防工程 1.04km：右岸 0.51km，左岸 0.53km： 拆除重建跌水 1 座，**桥梁下游河底防护工程 2 处：干流河道疏浚 1.05km， 支沟河道疏浚 0.4km……（存档文本至此中断）",
          ],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 1,
      rule: "sum-mismatch",
      cell: `${S}!A3`,
      arithmetic:
        "中央水利发展资金 2263 万元 其中 by project: 中小河流治理 1435 + 小型水库维修养护 25 + 农村饮水维修养护 55 + 小流域综合治理 700 + 山洪灾害防治设施维养 6 + 水**管理 14 + 农业水价改革 18 = 2253 万元 ≠ 2263 (10 万元 not assigned to any project; 2263 is printed twice, A2 and A3)",
      fix: [
        {
          reason: "the projects' shares must add up to the 2263 万元 issued",
          sheet: S,
          replace: "农业水价改革18万元。中央资金已全部到位。",
          with: "农业水价改革18万元，其他10万元（更正稿补充）。中央资金已全部到位。",
          count: 1,
        },
      ],
    },
    {
      kind: 1,
      rule: "text-mismatch",
      cell: `${S}!A5`,
      arithmetic:
        "the 自治区 fund under 呼财农指【2023】41号 is 6 万元 here but 5 万元 in A2 (same document, same year); 6 万元 is the 中央 fund's 山洪灾害防治设施维养 share in A3, so the project's figure from one source is given for the other",
      fix: [
        {
          reason: "the 41号 document issues 5 万元, as A2 says",
          sheet: S,
          replace: "下达**河县2023年山洪灾害防治设施维养6万元。",
          with: "下达**河县2023年山洪灾害防治设施维养5万元。",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: `${S}!A4`,
      figure: "791万元，其中中小河流治理工程491万元，小流域综合治理300万元",
      why: "491 + 300 = 791; these are the 衔接资金 shares of two projects that also draw 中央 money (1435, 700 in A3): a project's figure from another source, not a mismatch",
    },
    {
      cell: `${S}!A8`,
      figure: "3.75km = 3.133km + 0.617km；护岸3.47km = 0.98km + 2.49km；堤防1.04km = 0.51km + 0.53km",
      why: "3.133 + 0.617 = 3.750; 0.98 + 2.49 = 3.47; 0.51 + 0.53 = 1.04: lengths in km on both sides",
    },
    { cell: `${S}!A7`, figure: "主体工程基本全部完工", why: "a hedged claim (基本) with no rate or date against it in the stored copy" },
    { cell: `${S}!A1`, figure: "2023年度", why: "the year evaluated; every document cited is of 2023" },
  ],
};

/** 临城县 2021 年度财政衔接资金统筹整合使用道路建设项目 绩效自评报告 (河北 邢台, narrative only, 万元), as reproduced on a report-collection site; the stored copy ends after 二、项目安排情况. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "hebei-lincheng-2021-village-roads",
  title: "建设项目绩效自评报告（临城县2021年度财政衔接资金统筹整合使用道路建设项目）",
  url: "https://or2.xixipi.tk/baogao/6505890.html",
  province: "河北",
  year: 2021,
  layouts: ["narrative-only", "wan-yuan", "programme-blocks"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["临城县2021年度财政衔接资金统筹整合使用道路建设项目绩效自评报告"],
          ["一、县级批复资金情况"],
          [
            "我局承担临城县2021年度财政衔接资金统筹整合使用道路建设项目实施任务，该项目分三批实施，一批项目县级批复总投资3374.3万元（其中建筑工程3292万元），二批项目县级批复总投资2069.51万元（其中建筑工程1975.775万元），三批项目县级批复投资778.59万元（其中建筑工程757.44万元），合计批复总投资6222.4万元（其中建筑工程6025.215万元）。",
          ],
          ["二、项目安排情况"],
          [
            "我局承担的临城县2021年财政涉农资金统筹整合使用道路建设项目系巩固拓展脱贫攻坚成果同乡村振兴有效衔接有效项目。一批项目涉及临城镇等八个乡镇官都村等49个村，该工程资金使用扶贫整合资金和县级专项扶贫资金，主要建设内容为建设道路311520平方米，小桥2座，道路配套1处等。",
          ],
          [
            "二批项目道路工程覆盖25个村庄、路灯工程覆盖7个乡镇58个村庄，该工程资金使用扶贫整合资金和县级专项扶贫资金，主要建设内容为道路建设141330平方米，路缘石6200米，边沟1200米；修缮小桥2座，拆除圬工共计114立方米；7个乡镇58个村庄1510盏路灯。",
          ],
          [
            "三批项目涉及临城镇（北驾廻村、陈家崇村、磁窑沟村、南驾廻村、中驾廻村）、黑城镇（王家庄村）、石城乡（王家辉村、石匣沟村、安上村）、郝庄镇（官都村）、赵庄乡（鸡亮村）5个乡镇11个村道路建设、道路护栏等，主要建设内容为建设道路71634平方米，道路护栏1250米，铺设花砖3300平方米等。",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A3",
      figure: "3374.3 + 2069.51 + 778.59 → 合计6222.4万元；3292 + 1975.775 + 757.44 → 6025.215万元",
      why: "3374.30 + 2069.51 + 778.59 = 6222.40 and 3292 + 1975.775 + 757.44 = 6025.215: both totals agree with their three batches (the 6222.4 printed to 1 dp)",
    },
    {
      cell: "自评报告!A7",
      figure: "5个乡镇11个村",
      why: "the brackets list 5 + 1 + 3 + 1 + 1 = 11 villages in 5 towns",
    },
    {
      cell: "自评报告!A6",
      figure: "路灯工程覆盖7个乡镇58个村庄 … 7个乡镇58个村庄1510盏路灯",
      why: "the same 7 towns / 58 villages stated twice, consistently; the 25 villages are the road works, a different scope",
    },
    {
      cell: "自评报告!A5",
      figure: "道路311520平方米",
      why: "an area in 平方米 for road surface; batch 2 (141330) and batch 3 (71634) use the same unit",
    },
  ],
};

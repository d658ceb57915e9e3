/**
 * 海口市秀英区水务局2022年衔接资金项目绩效自评报告 (海南 海口, narrative only, 万元), from a bidding-site copy.
 * Abridged to the sections the stored copy holds. No slip found: its figures serve as must-not-flag.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "hainan-haikou-2022-xiuying-irrigation",
  title: "海口市秀英区水务局2022年衔接资金项目绩效自评报告",
  url: "https://m.bidcenter.com.cn/newsrili-1-238076203.html",
  province: "海南",
  year: 2022,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["海口市秀英区水务局2022年衔接资金项目绩效自评报告"],
          ["一、绩效目标分解下达情况"],
          ["（一）海口市秀英区水务局2022年衔接资金共下达105万元，用于实施西秀镇龙头村蔬菜园产业项目。"],
          ["（二）海口市秀英区水务局2022年衔接资金项目绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作。"],
          ["二、绩效自评工作开展情况"],
          ["……自评工作开展范围为西秀镇，是否严格按照建设内容施工，是否在规定时间内完成竣工等，并对受益乡镇满意度进行了调查……"],
          ["三、绩效目标自评完成情况分析"],
          ["（一）资金投入情况分析。"],
          ["1.项目资金到位情况分析"],
          ["海口市秀英区水务局2022年衔接资金105万元已全部到位。"],
          ["2.项目资金执行情况分析"],
          ["实施西秀镇龙头村蔬菜园产业项目，该专项资金已按合同规定完成对该项目进度的支付。"],
          ["3.项目资金管理情况分析"],
          ["该专项资金已拔入到秀英区水务局，严格管理，做到专款专用。"],
          ["（二）项目绩效指标完成情况分析。"],
          ["1.产出指标完成情况分析。"],
          ["（1）项目完成数量。"],
          [
            "完成年度建设项目1个，主要建设内容为新建300米深机井1座，新建20米100吨水塔1座，设备房1间（3.0m×3.0m），潜水泵2台，配套Ф160PVC干管管长1100m、Ф110PVC分干管管长1100m及其他配套设施，并新增低压电线50m等。",
          ],
          ["（2）项目完成质量"],
          ["已通过竣工验收。"],
          ["（3）项目实施进度"],
          ["西秀镇龙头村蔬菜园产业项目已完成竣工验收，完成率100%。"],
          ["（4）项目成本节约情况"],
          ["项目以中标单价实施，最终以结算审计为准。"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: `${S}!A10`,
      figure: "105万元已全部到位",
      why: "到位 (received) is the whole 105 万元 of A3; a claim about receipt, not about spending",
    },
    {
      cell: `${S}!A18`,
      figure: "300米深机井；20米100吨水塔；设备房1间（3.0m×3.0m）；管长1100m；低压电线50m",
      why: "depths, heights and lengths in 米/m, a room given by its sides (3.0 m × 3.0 m), 100吨 a tank capacity: every unit fits its quantity",
    },
    {
      cell: `${S}!A22`,
      figure: "完成率100%",
      why: "completion of the one project (竣工验收), not a money rate",
    },
    {
      cell: `${S}!A3`,
      figure: "2022年衔接资金共下达105万元",
      why: "the same 105 万元 as A10; one project, one amount",
    },
  ],
};

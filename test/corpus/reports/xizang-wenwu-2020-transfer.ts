/**
 * 西藏自治区文物局 中央转移支付2020年度绩效自评报告 (narrative only, 万元).
 * Typed from the published page's opening sections (项目资金分解下达 and 绩效目标分解下达), abridged; the page continues
 * with 三、绩效目标完成情况, which is not typed here.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "xizang-wenwu-2020-transfer",
  title: "西藏自治区文物局中央转移支付2020年度绩效自评报告",
  url: "http://www.xizang.gov.cn/zwgk/xxgk_424/zxxxgk/202103/t20210315_196191.html",
  province: "西藏",
  year: 2020,
  layouts: ["narrative-only", "wan-yuan", "programme-blocks"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["西藏自治区文物局中央转移支付2020年度绩效自评报告"],
          [
            "根据《关于开展2020年度中央对地方转移支付预算执行情况绩效自评工作的通知》(藏财监﹝2021﹞5号)要求,我局认真梳理了2020年度中央对地方转移支付项目,并及时将《通知》转发有关单位。经过汇总,现将2020年度中央对地方转移支付项目绩效自评报告如下:",
          ],
          ["一、项目资金分解下达情况"],
          ["2020年度自治区财政厅分解下达中央转移支付全区文物保护专项资金共22171万元,其中下达地市9397万元;区直文博系统12774.00万元。"],
          [
            "区直文博系统项目有:一是布达拉宫管理处,下达预算资金9378万元。具体是:布达拉宫雪城修缮展示工程项目3005万元;布达拉宫二期结构检测工程项目1235万元;布达拉宫古籍文献保护数字化与编目二期项目255万元;布达拉宫古籍文献保护预防性保护二期项目429万元;布达拉宫古籍文献保护抢救性保护二期项目1228万元;布达拉宫消防提升工程项目1613万元。二是西藏博物馆,下达预算资金5009万元,项目是西藏博物馆新馆展陈环境可移动文物预防保护项目。",
          ],
          ["二、绩效目标分解下达情况"],
          [
            "2020年度分解下达中央转移支付项目绩效目标情况,一是布达拉宫管理处年初预算内项目资金6152万元绩效目标按照预算申报绩效核定,未单独分解下达绩效目标。二是提前下达布达拉宫管理处和西藏博物馆项目资金6622万元绩效目标,按照2020年度国家文物保护资金申报汇总绩效目标下达。",
          ],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评报告!A5",
      arithmetic:
        "布达拉宫管理处 parts: 3005 + 1235 + 255 + 429 + 1228 + 1613 = 7765 万元, printed total 9378 万元 (9378 − 7765 = 1613, the 消防 project counted twice). Cross-check: 9378 + 5009 = 14387 ≠ 区直文博系统 12774.00; 7765 + 5009 = 12774 ✓; and A7's 6152 (年初) + 1613 (提前下达 part) = 7765 ✓.",
      fix: [
        {
          reason: "布达拉宫管理处's total is the sum of its six projects, 7765 万元",
          sheet: S,
          replace: "下达预算资金9378万元",
          with: "下达预算资金7765万元",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: "自评报告!A4",
      figure: "共22171万元,其中下达地市9397万元;区直文博系统12774.00万元",
      why: "9397 + 12774.00 = 22171 exactly; 12774.00 printed to 2 dp while the others are whole 万元 (same value)",
    },
    {
      cell: "自评报告!A7",
      figure: "年初预算内项目资金6152万元 … 提前下达 … 6622万元",
      why: "6152 = 3005 + 1235 + 255 + 429 + 1228 (布达拉宫 less 消防); 6622 = 1613 + 5009 (消防 + 西藏博物馆); 6152 + 6622 = 12774 = 区直文博系统: two overlapping splits of the same money, on purpose",
    },
    {
      cell: "自评报告!A2",
      figure: "藏财监﹝2021﹞5号",
      why: "year inside a document number: the 2021 notice that launched the 2020 self-evaluation, not a period slip",
    },
    { cell: "自评报告!A1", figure: "2020年度", why: "the year evaluated; the report was filed in March 2021" },
  ],
};

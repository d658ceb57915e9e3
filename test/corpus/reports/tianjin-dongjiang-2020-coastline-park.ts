/**
 * 天津东疆（保税港区）东部沿海岸线基础设施环境提升生态修复及配套设施建设项目 2020年直达资金绩效自评报告 (天津, narrative,
 * 万元), published on dongjiang.gov.cn. The stored copy begins at "一、绩效目标完成情况分析" (no page title) and stops
 * inside the 超概算项目比例 line, so the title is drawn from the text and the rest is not typed.
 * The indicator targets look set for the year's 直达资金 share of the whole park (2300 of 38000 万元 ≈ 6.05 %:
 * 12000 ≈ 6 % of 20万 m², 120 ≈ 6 % of 2012 m²), so the park's totals in A5 are not checked against the year's indicators.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "tianjin-dongjiang-2020-coastline-park",
  title: "东疆东部沿海岸线基础设施环境提升生态修复及配套设施建设项目2020年直达资金绩效自评报告（页面标题未存，按正文拟）",
  url: "https://www.dongjiang.gov.cn/contents/24/15313.html",
  province: "天津",
  year: 2020,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["东疆东部沿海岸线基础设施环境提升生态修复及配套设施建设项目2020年直达资金绩效自评报告"],
          ["一、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          ["本项目2020年下达直达资金2300万元，资金全部用于本项目建设使用，其中一类费2156.7899万元，二类费143.2101万元，均已在2020年支付到位。"],
          [
            "（二）总体绩效目标完成情况分析。总体绩效目标一是完成东疆东部沿海岸线基础设施环境提升生态修复及配套设施建设，该项目总投资额为3.8亿元，建成后为占地面积约20万平方米的可供市民游玩的海滨公园一座，配套设施面积2012平方米，基本满足东部岸线区域人员疏散及游玩需求，实现环境得以改善和人员分散的科学有序游玩效果。二是符合工程施工质量验收相关要求，按时投入使用。由于本项目预计竣工日期为2021年5月30日，故2020年未能达成总体绩效目标。将按照工期合理安排进度，加紧推进建设工作。",
          ],
          ["（三）绩效指标完成情况分析。"],
          ["建设占地面积：指标值为“约12000平方米”，全年实际完成值约20000平方米；"],
          ["建设三座服务中心等配套设施面积：指标值为“约120平方米”，全年实际完成值约1737平方米；"],
          ["项目竣工验收合格率：指标值为“100%”，全年实际完成值为0，因项目尚在建设工期内，未到竣工验收环节；"],
          ["设施质量合格率：指标值为“100%”，使用直达资金采购的各类设施及物料均为合格产品，完成值为100%；"],
          ["安装工程验收合格率：指标值为“100%”，使用直达资金进行的安装工程验收均为合格，完成值为100%；"],
          ["完工日期：指标值为“2021年4月15日”，全年实际完成值为0，因项目尚在建设工期内，未到完工日期；"],
          ["项目按计划开工率：指标值为“100%”，项目按照计划开工时间如期开工，完成值为100%；"],
          ["项目计划完工率：指标值为“100%”，全年实际完成值为0，因项目尚在建设工期内，未到竣工验收环节；"],
          ["超概算项目比例：指标值为“0%”，所有项目均未超概算，全年实际完成……（存档文本至此中断）"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 6,
      rule: "text-mismatch",
      cell: `${S}!A12`,
      arithmetic:
        "the 时效指标 完工日期 is 2021年4月15日, but A5 gives the same project's 预计竣工日期 as 2021年5月30日 (45 days later), with no word on the change; the report also treats 完工 and 竣工验收 as one step (A9, A14)",
      fix: [
        {
          reason: "say that the completion date moved and to when",
          sheet: S,
          replace: "未到完工日期；",
          with: "未到完工日期（更正稿补充：完工日期已由原定2021年4月15日调整为预计2021年5月30日竣工）；",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: `${S}!A4`, figure: "2300万元，其中一类费2156.7899万元，二类费143.2101万元", why: "2156.7899 + 143.2101 = 2300.0000" },
    {
      cell: `${S}!A7`,
      figure: "建设占地面积 约12000平方米 → 约20000平方米",
      why: "the year's share of the park, not the park: A5's 约20万平方米 is the whole park after completion (3.8亿元), the 2020 直达资金 is 2300 万元 (≈ 6 % of 38000; 6 % of 20万 = 12000); areas in 平方米 on both sides",
    },
    {
      cell: `${S}!A8`,
      figure: "配套设施面积 约1737平方米 (park total 2012平方米 in A5)",
      why: "1737 ≤ 2012: built so far of the planned total; an area on an area",
    },
    {
      cell: `${S}!A9`,
      figure: "竣工验收合格率 指标值100%，实际完成值为0",
      why: "0 is explained in the same line (not yet at acceptance), and A5 says the 2020 goal was not reached; no full-score claim is made",
    },
    { cell: `${S}!A13`, figure: "按计划开工率 100%", why: "a start-on-time share; the project did start, 0 for completion is reported separately (A14)" },
  ],
};

/** 抚远市 2022 年度基础设施工程农村饮水维修养护项目 县级自评情况报告 (黑龙江 佳木斯, 衔接资金, narrative only, 万元). The page has no separate title; row 1 is a heading typed from its opening sentence. The stored copy ends inside 二. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "heilongjiang-fuyuan-2022-rural-water",
  title: "抚远市基础设施工程农村饮水维修养护项目县级自评情况报告（2022年度）",
  url: "http://hljfy.gov.cn/govinfo/contents/1186/20346.html",
  province: "黑龙江",
  year: 2022,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["县级自评情况报告"],
          [
            "按照《黑龙江省财政厅等五部门关于转发〈财政专项扶贫资金绩效管理操作指南(试行)〉的通知》（黑财农〔2019〕211号）要求，我单位及时对基础设施配套工程路边沟建设项目开展自评，县级自评情况报告如下：",
          ],
          ["一、绩效目标分解下达情况"],
          ["（一）、财政衔接推进乡村振兴补助资金下达预算及项目情况"],
          [
            "根据《抚远市人民政府关于抚远市2022年度涉农资金统筹整合使用实施（调整）计划安排的批复》，下达预算资金201.48万元用于基础设施工程农村饮水维修养护项目，石头卧子村新建水房1座、铺设输水管线3800m；八盖村改建铺设输水管线3300m，改善项目区饮水问题。",
          ],
          ["（二）、项目绩效目标设定情况"],
          ["总体目标：目标1：石头卧子村新建水房1座、铺设输水管线；目标2：八盖村改建铺设输水管线"],
          ["1、产出指标数量指标：石头卧子村新建水房1座、铺设输水管线；八盖村改建铺设输水管线。"],
          ["质量指标：项目（工程）验收合格率100%"],
          ["时效指标：项目（工程）完成及时率100%"],
          ["成本指标：计划资金201.48万元"],
          ["2、效益指标"],
          ["社会效益指标：解决贫困人口饮水安全问题人数≥27人；贫困地区农村集中供水率≥≥98%；受益建档立卡贫困人口数≥24人。"],
          ["可持续影响指标：工程设计使用年限≥15年"],
          ["3、满意度指标"],
          ["服务对象满意度指标：受益贫困人口满意度≥100%"],
          ["二、绩效自评工作开展情况"],
          [
            "按照黑龙江省财政厅等五部门关于转发《财政专项扶贫资金绩效管理操作指南（试行）的通知》（黑财农〔2019）211号〕要求，为加强资金项目实施全过程绩效管理，切实提高项目资金使用效益，年度终了，对《抚远市人民政府关于抚远市2022年度涉农资金统筹整合使用实施（调整）计划安排的批复》中的基础设施工程农村饮水维修改造项目开展绩效自评……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A5",
      figure: "下达预算资金201.48万元 … 输水管线3800m … 3300m",
      why: "the same 201.48 万元 as the 成本指标 in A11; pipeline lengths in m, the right unit family",
    },
    { cell: "自评报告!A11", figure: "计划资金201.48万元", why: "agrees with the 201.48 万元 allocated in A5" },
    {
      cell: "自评报告!A13",
      figure: "≥27人 … ≥24人",
      why: "two different indicators (people whose drinking water is secured vs registered poor beneficiaries), not one figure stated twice",
    },
    { cell: "自评报告!A2", figure: "黑财农〔2019〕211号", why: "the year inside the governing rule's document number, not the year evaluated" },
  ],
};

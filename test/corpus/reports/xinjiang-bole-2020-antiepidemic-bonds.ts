/** 博乐市 2020 年抗疫特别国债项目支出绩效自评报告 (新疆 博尔塔拉, one report over 9 projects of 4 units, narrative only, 亿元 and 万元). The stored copy ends inside project ㈧. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "xinjiang-bole-2020-antiepidemic-bonds",
  title: "关于抗疫特别国债执行情况绩效自评报告（博乐市2020年）",
  url: "https://www.xjbl.gov.cn/info/1058/61179.htm",
  province: "新疆",
  year: 2020,
  layouts: ["unit-level", "narrative-only", "wan-yuan", "programme-blocks"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["关于抗疫特别国债执行情况绩效自评报告"],
          ["……现将博乐市2020年抗疫特别国债项目支出绩效自评工作报告如下："],
          ["一、绩效目标分解下达情况"],
          ["1.资金分解下达情况"],
          [
            "2020年，自治州下达博乐市抗疫特别国债资金4.54亿元，涉及4个部门单位，供9个项目。其中：市住建局6个2.886亿元、市教育局1个0.209亿元、市卫健委1个0.245亿元、市人民医院1个1.2亿元。",
          ],
          ["2.绩效目标设定情况"],
          ["㈠博乐市南城区中水调节池工程项目。安排资金7000万元，主要用于新建调节池总容积766万m³及泵房管网等配套设施。"],
          ["㈡博乐市排涝管渠建设项目。安排资金5000万元，主要用于建设地下排水管网29公里、580个雨水口、雨水篦等附属配套。"],
          ["㈢博乐市南、北城供热管网连通工程项目。安排资金2000万元，主要用于建设供热管网DN300-DN500管长2725×2米及周边附属配套等。"],
          ["㈣老城区排水管网改造建设项目。安排资金4000万元，主要用于建设DN500-DN1000排水管网长13公里及附属配套等工程。"],
          ["㈤博乐市老城区供水管网改造项目。安排资金3000万元，主要用于建设城市主管网DN300-DN500长11.3公里及减压阀，94个消防栓等附属配套等。"],
          ["㈥博乐市城市供热基础设施及配套项目（一期）项目。安排资金7860万元，主要用于建设换热站70座，建设DN200-500供热管网84000米及检查井等附属设施。"],
          [
            "㈦博乐市在校学生疫情防控期间就餐相关费用项目。安排资金2090万元，主要用于全市师生及校园的消杀，防护用品购置，全市学生中午在校用餐、送餐及相关卫生安全。",
          ],
          ["㈧博乐市医疗……"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A5",
      figure: "4.54亿元 … 4个部门单位，供9个项目 … 6个2.886亿元、1个0.209亿元、1个0.245亿元、1个1.2亿元",
      why: "6 + 1 + 1 + 1 = 9 projects over 4 units, and 2.886 + 0.209 + 0.245 + 1.2 = 4.540 亿元; the 住建局 share 2.886 亿元 = 28860 万元 = 7000 + 5000 + 2000 + 4000 + 3000 + 7860 (㈠–㈥)",
    },
    { cell: "自评报告!A13", figure: "安排资金2090万元", why: "= 0.209 亿元, the 市教育局 share in A5 (万元 ↔ 亿元 agree)" },
    { cell: "自评报告!A12", figure: "7860万元 … 换热站70座 … 供热管网84000米", why: "a length in 米 for a pipe network and a count of stations; no unit slip" },
    { cell: "自评报告!A9", figure: "管长2725×2米", why: "two parallel pipes of 2725 m, written as a product on purpose" },
    { cell: "自评报告!A7", figure: "安排资金7000万元", why: "one of the six 住建局 projects whose sum is the 2.886 亿元 in A5" },
  ],
};

/**
 * 红河州数据发展中心 2024年度项目支出绩效单位自评报告 (narrative, one unit's report over several projects, 万元).
 * Typed from the opening (基本情况 and the first two projects' 立项背景), abridged; the page continues past what is typed.
 * Not annotated either way: "实施项目共15个 … 年初批复预算8个项目 … 年中增加8个项目" (8 + 8 = 16): the 年初 budget was cut
 * from 985 to 861.46 万元, so one 年初 project may have been dropped; the typed text does not settle it.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "yunnan-honghe-2024-data-center-projects",
  title: "红河州数据发展中心2024年度项目支出绩效单位自评报告",
  url: "https://www.hh.gov.cn/info/11481/1179592.htm",
  province: "云南",
  year: 2024,
  layouts: ["unit-level", "narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["红河州数据发展中心2024年度项目支出绩效单位自评报告"],
          ["一、基本情况"],
          [
            "2024年,红河州数据发展中心(以下简称“州数据发展中心”)实施项目共15个(含2023年转列暂付性款项项目5个),年初批复预算8个项目985万元(含1个年初结转结余项目50万元),调整预算后项目预算861.46万元,年中增加8个项目(含2023年转列暂付性款项项目5个),实际到位资金334.67万元。",
          ],
          ["(一)项目概况"],
          ["1.项目立项背景"],
          ["(1)“数说红河”展厅运维经费。"],
          [
            "“数”说红河——新时代团结进步美丽红河展厅位于蒙自市红河文化广场红河展览馆一楼,总建筑面积约1000㎡,建筑层高约4.3m。分为序厅、全国民族团结进步示范州平台、新型工业强州、乡村振兴富州、农业资源大数据、农业物联网、农业特色产业、美丽县城特色小镇美丽乡村、数字小镇、绿色生态靓州、沿边开放活州、云上红河云领未来、留言板等28个展区以及174台拼接屏、30台主机工作站、4台工程级高清投影仪、18台网络数据通讯设备、25.29㎡P1.5LED显示屏及外设控制辅助设备以及机房等模块。预算项目经费用于保障“数说红河”展厅各个展陈模块的正常运转,……",
          ],
          ["(2)红河州一中心一平台六大库N应用经费。"],
          [
            "党中央、国务院高度重视政务大数据体系建设,《数字中国整体布局规划》和《数字政府建设的指导意见》要求各地方2025年完成数字底座建设,加强数据汇聚融合、共享开放和开发利用,构建标准统一、布局合理、管理协同、安全可靠的一体化政务大数据体系,……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A3",
      figure: "年初批复预算8个项目985万元 … 调整预算后项目预算861.46万元 … 实际到位资金334.67万元",
      why: "three different bases on purpose (年初, 调整后, 到位), each labelled; 985 includes the 50 万元 结转结余 project it names; '2023年转列' is the earlier year on purpose",
    },
    {
      cell: "自评报告!A7",
      figure: "序厅 … 留言板等28个展区 (13 named); 约1000㎡; 4.3m; 25.29㎡",
      why: "'等28个' names examples, not the full list; areas in ㎡ and a height in m are the right unit families",
    },
    {
      cell: "自评报告!A9",
      figure: "要求各地方2025年完成数字底座建设",
      why: "a national policy deadline quoted as background, not a date of this project's 2024 work",
    },
    { cell: "自评报告!A1", figure: "2024年度", why: "the year evaluated; published 2025-04-29, the following year, as usual" },
  ],
};

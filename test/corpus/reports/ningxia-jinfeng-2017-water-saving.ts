/** 金凤区 2017 年度中央财政水利发展资金绩效自评报告 (宁夏 银川, narrative only, 万元 and 亩). Outside 2019–2024 but kept for its agreeing parts-and-whole figures. The stored copy ends inside 一（二）2. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "ningxia-jinfeng-2017-water-saving",
  title: "金凤区2017年度中央财政水利发展资金绩效自评报告",
  url: "http://www.ycjinfeng.gov.cn/xxgk/xxgkbm/jfqczj/xxgkml_18977/bmwj_18979/201806/t20180612_804658.html",
  province: "宁夏",
  year: 2017,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["金凤区2017年度中央财政水利发展资金绩效自评报告"],
          ["文号：银金财发〔2018〕55号 生成日期：2018-06-12 发布机构：金凤区财政局"],
          ["一、基本情况"],
          ["（一）中央下达水利发展资金预算和绩效目标情况"],
          [
            "根据《财政部关于提前下达2017年水利发展资金预算指标的通知》（宁水计发〔2016〕132号），下达金凤区中央财政水利发展资金1785万元，用于高效节水灌溉工程、发展高效节水灌溉1.2万亩。",
          ],
          ["（二）预算和绩效目标分解情况"],
          [
            "1、资金分配办法严格执行《中央财政水利发展资金使用管理办法》（财农[2016]181号）相关要求，并按照建设程序，完成了以上7个工程的招投标工作，项目完成后，先行拨付工程总量80%的资金，剩余15%待审计决算后拨付，5%作为质量保证金待工程运行一年后实施总拨付。",
          ],
          [
            "2、预算和绩效目标省内分解下达情况按照《财政部关于提前下达2017年水利发展资金预算指标的通知》（宁水计发〔2016〕132号）文件要求，下达到金凤区高效节水灌溉工程，发展高效节水灌溉1.2万亩，下达资金1785万元。目前已落实7050亩，并启动建设了良田镇金星村2队500亩，园子村1队610亩，园子村6队1060亩，园子村2、3、4、5队1550亩，光明村 1队690亩，和顺新村（设施温棚园区补水工程）1800亩和百顺葡萄酿酒种植基地840亩……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A8",
      figure: "目前已落实7050亩 … 500、610、1060、1550、690、1800、840亩",
      why: "500 + 610 + 1060 + 1550 + 690 + 1800 + 840 = 7050, and the list has the 7 works of A7; 7050 亩 is progress toward the 1.2万亩 target, not the target itself",
    },
    { cell: "自评报告!A7", figure: "80% … 15% … 5%", why: "80 % + 15 % + 5 % = 100 % of the works' value, paid in three stages" },
    {
      cell: "自评报告!A5",
      figure: "1785万元 … 1.2万亩",
      why: "the same 1785 万元 and 1.2 万亩 (= 12000 亩) as in A8; 万亩 is an area, matching 亩 in A8",
    },
    { cell: "自评报告!A2", figure: "银金财发〔2018〕55号, 2018-06-12", why: "the filing of a 2017 report in the following year, on purpose" },
  ],
};

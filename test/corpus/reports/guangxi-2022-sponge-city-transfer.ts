/**
 * 2022年度中央对广西转移支付 城市管网及污水处理补助资金 绩效自评 (narrative only, 亿元; no slips found).
 * The stored page (a mirror) opens with the report's first sentence, so row 1's title is written from it and marked as such.
 * Typed up to the 质量指标 paragraph, where the stored page ends; the last sentence is cut there (……).
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "guangxi-2022-sponge-city-transfer",
  title: "2022年度中央对广西转移支付城市管网及污水处理补助资金绩效自评(标题据内容拟)",
  url: "http://lzzaojia.cn/news/detail/340.html",
  province: "广西",
  year: 2022,
  layouts: ["narrative-only", "programme-blocks"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["2022年度中央对广西转移支付城市管网及污水处理补助资金绩效自评报告(标题据内容拟)"],
          [
            "根据《财政部关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》(财监〔2023〕1号)要求,现对2022年度中央对广西转移支付城市管网及污水处理补助资金绩效目标自评如下:",
          ],
          ["一、绩效目标分解下达情况"],
          ["(一)中央下达预算情况。"],
          [
            "根据《财政部关于下达2022年城市管网及污水处理补助资金预算的通知》(财建〔2022〕174号),中央财政下达广西2022年度城市管网及污水处理补助资金共计3亿元,用于支持桂林市开展系统化全域推进海绵城市建设示范工作。",
          ],
          ["(二)自治区下达预算及绩效目标情况。"],
          [
            "2022年7月5日,《广西壮族自治区财政厅关于下达2022年城市管网及污水处理补助资金预算(中央)的通知》(桂财建〔2022〕84号)将2022年城市管网及污水处理补助资金预算(中央)3亿元下达至桂林市。2022年8月5日,自治区财政厅、住房城乡建设厅、水利厅对照系统化全域推进海绵城市建设示范有关工作要求,结合广西实际,确定2022年度资金安排方案和城市管网及污水处理补助资金绩效目标申报表,并呈报财政部、住房和城乡建设部、水利部。",
          ],
          [
            "根据桂林市系统化全域推进海绵城市建设示范城市绩效目标与《中央对地方转移支付区域绩效目标表(2022年)》,将2022年度专项资金绩效目标分解为产出指标(含数量指标、质量指标)、效益指标(含经济效益指标、社会效益指标)与满意度指标,具体如下:",
          ],
          ["⒈ 产出指标。"],
          ["①数量指标:雨水资源化利用125万吨/年;推进立法或长效机制建设;拟开展的海绵城市建设培训、宣传次数每季度不少于1次,合计不少于4次。"],
          [
            "②质量指标:中心城区内涝防治标准基本达到50年一遇(283.8mm/24h),雁山城区内涝防治标准基本达到20年一遇(242.5mm/24h);内涝积水区段消除比例达到40%;中心城区防洪标准基本达到100年一遇,……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A2", figure: "财监〔2023〕1号", why: "the 2023 notice that launched the 2022 self-evaluation: a year inside a document number" },
    {
      cell: "自评报告!A7",
      figure: "3亿元下达至桂林市; 2022年7月5日; 2022年8月5日",
      why: "the whole 3 亿元 of A5 passed on in full (3 = 3); both dates inside the year evaluated",
    },
    { cell: "自评报告!A10", figure: "每季度不少于1次,合计不少于4次; 125万吨/年", why: "4 quarters × 1 = 4; 万吨/年 is a volume rate, no money unit" },
    {
      cell: "自评报告!A11",
      figure: "50年一遇(283.8mm/24h); 20年一遇(242.5mm/24h); 40%; 100年一遇",
      why: "return periods in years and rainfall depths in mm/24h, not dates or amounts; 40% is a target share, not a rate to recompute",
    },
  ],
};

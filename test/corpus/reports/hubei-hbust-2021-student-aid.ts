/**
 * 湖北科技学院 2021年度本专科生奖助学金项目自评结果 (湖北 咸宁, narrative with a completion table, 万元), published on the
 * college's 信息公开网 (xxgkw.hbust.edu.cn). The stored copy stops inside "（三）存在的问题和原因", so the rest is not typed.
 * The completion table printed inside the text is typed on its own sheet, columns as printed (no 分值 / 得分 columns).
 */
import type { CorpusReport } from "../types";

const S = "自评报告";
const T = "绩效目标完成情况";
const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "hubei-hbust-2021-student-aid",
  title: "2021年度本专科生奖助学金项目自评结果（湖北科技学院）",
  url: "https://xxgkw.hbust.edu.cn/info/1243/1928.htm",
  province: "湖北",
  year: 2021,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["2021年度本专科生奖助学金项目自评结果"],
          ["一、自评结论"],
          ["（一）评价得分情况。"],
          ["对照2021度本专科生奖助学金项目年初绩效目标及项目实际完成情况，自评小组经过自评，综合评价得分为99.8分。"],
          ["（二）绩效目标完成情况"],
          ["1、执行率情况。"],
          [
            "根据《省财政厅 省教育厅关于下达2021年普通高校学生资助补助经费预算的通知》（鄂财教发[2021]40号）文件批复，2021年本专科生奖助学金项目实际下达预算2596万元，全年度实际总支出2595.6208万元，项目预算执行率99%。项目预算资金未执行完的主要原因是剩余未执行完的0.3792万元为应征入伍学生国家资助经费，因此笔经费无法达到一名学生4000元的最低资助标准，将作为我校2022年应征入伍学生国家资助经费使用。因此我校2021年资助项目资金没有全部执行完。",
          ],
          ["2、完成的绩效目标。"],
          ["经过自评，本项目较好的完成的年初预定的各项绩效目标。具体完成情况如下表：（见“绩效目标完成情况”表）"],
          ["（三）存在的问题和原因"],
          ["1、受资助本专科困难学生覆盖率有待进一步提高。主要原因是……（存档文本至此中断）"],
        ],
      },
      {
        name: T,
        widths: [14, 20, 36, 12, 12],
        rows: [
          ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"],
          ["产出指标", "质量指标", "奖助政策学生知晓率", pct(1), pct(1)],
          ["产出指标", "质量指标", "受资助本专科困难学生覆盖率", pct(0.99), pct(0.99)],
          ["产出指标", "质量指标", "退役士兵考入高校应助学生享受资助比例", pct(1), pct(1)],
          ["产出指标", "质量指标", "高校学生应征入伍应受助学生享受资助比例", pct(1), pct(1)],
          ["产出指标", "数量指标", "受资助本专科学生人数", 14726, 15935],
          ["产出指标", "质量指标", "国家奖学金按标准发放率", pct(1), pct(1)],
          ["效益指标", "社会效益指标", "评审程序是否客观公正", "是", "是"],
          ["效益指标", "社会效益指标", "家庭经济困难学生完成学业率", pct(1), pct(1)],
          ["效益指标", "服务对象满意度指标", "资助学生满意度", pct(0.95), pct(0.95)],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 8,
      rule: "rate-mismatch",
      cell: `${S}!A7`,
      arithmetic: "预算执行率 = 2595.6208 / 2596 = 99.9854 %, which rounds to 100 % at the printed 0 dp (99.99 % at 2 dp); printed 99 % (cut off, not rounded)",
      fix: [
        {
          reason: "执行率 = 2595.6208 / 2596 = 99.99 % (printed to 2 dp so that the unspent 0.3792 万元 still shows)",
          sheet: S,
          replace: "项目预算执行率99%。",
          with: "项目预算执行率99.99%。",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: `${T}!E6`, figure: "受资助本专科学生人数 15935 (目标 14726)", why: "a head count, above the target; a count of persons, not money" },
    {
      cell: `${T}!E3`,
      figure: "受资助本专科困难学生覆盖率 99%",
      why: "equals its target 99 %; a coverage rate, not the 执行率, so it need not match 2595.6208 / 2596",
    },
    { cell: `${T}!E10`, figure: "资助学生满意度 95%", why: "meets the 95 % target exactly" },
    { cell: `${S}!A4`, figure: "综合评价得分为99.8分", why: "the stored copy holds no scored table to check it against; 99.8 ≤ 100" },
    {
      cell: `${T}!E5`,
      figure: "高校学生应征入伍应受助学生享受资助比例 100%",
      why: "a share of eligible recruits aided, not of money spent: the 0.3792 万元 left (A7) is below one 4000 元 grant, so no eligible student went unaided",
    },
  ],
};

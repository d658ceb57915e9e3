/**
 * 部门整体绩效自评表 — 西部（重庆）科学城 融媒体中心, 2021年 (Chongqing unit-level form: 执行率 × 执行率权重, then
 * 指标名称 / 计量单位 / 指标性质 / 年初指标值 / 调整指标值 / 全年完成值 / 得分系数 / 指标权重 / 指标得分 / 是否核心指标).
 * Source: a document-sharing copy (优知文库) whose text is OCR'd. The OCR loses the 主管部门 name, the phone number and all
 * three money figures of the 部门预算执行情况 row (only 76% / 10 / 7.6 survive), and the 年初/完成 values of the two
 * “三公”经费 rows; those cells are left empty. The 指标性质 column is printed once per block (定量指标 / 定性指标).
 * Rows after 固定资产利用率 are OCR-garbled (e.g. "26次", "到0次", "第O份" for targets that likely read ≥…) and the copy
 * stops at 公共服务…, so they are not typed. The 当年绩效目标 texts are abridged.
 */
import type { CorpusReport } from "../types";

const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "chongqing-kexuecheng-2021-media-centre-unit",
  title: "部门整体绩效自评表（西部（重庆）科学城融媒体中心，2021年）",
  url: "https://m.yzwku.com/doc/98587.html",
  province: "重庆",
  year: 2021,
  layouts: ["unit-level", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:K1", "A4:A5", "A6:A7", "A8:A22"],
        rows: [
          ["部门整体绩效自评表"],
          ["主管部门", null, null, "财政处室", null, null, null, "自评总分（分）", 97.6],
          ["部门联系人", "曾雪莲", null, "联系电话"],
          ["部门预算执行情况（万元）", "预算资金", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）"],
          [null, null, null, null, null, pct(0.76), 10, 7.6],
          ["当年绩效目标", "年初绩效目标", null, null, "全年（调整）绩效目标", null, null, "全年目标实际完成情况"],
          [
            null,
            "无",
            null,
            null,
            "通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)科学城营造良好氛围。保障融媒体中心正常人事基础/日常运转……",
            null,
            null,
            "中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作……",
          ],
          [
            "绩效指标",
            "指标名称",
            "计量单位",
            "指标性质",
            "年初指标值",
            "调整指标值",
            "全年完成值",
            "得分系数（%）",
            "指标权重（分）",
            "指标得分（分）",
            "是否核心指标",
          ],
          [null, "财政供养人员控制率", "%", "定量指标", pct(1), null, pct(0.92), pct(1), 2, 2, "否"],
          [null, "“三公”经费变动率", "%", null, null, null, null, pct(1), 2, 2, "否"],
          [null, "基础信息完善", "%", null, pct(1), null, pct(1), pct(1), 1, 1, "否"],
          [null, "预算完成率", "%", null, pct(0.7), null, pct(0.76), pct(1), 2, 2, "是"],
          [null, "预算调整率", "%", null, pct(0.03), null, 0, pct(1), 2, 2, "否"],
          [null, "结转结余率", "%", null, pct(0.02), null, 0, pct(1), 2, 2, "是"],
          [null, "公用经费控制率", "%", null, pct(1), null, pct(0.97), pct(1), 2, 2, "是"],
          [null, "“三公”经费控制率", "%", null, null, null, null, pct(1), 2, 2, "否"],
          [null, "政府采购执行率", "%", null, pct(1), null, { v: 0.7274, fmt: "0.00%" }, pct(1), 2, 2, "是"],
          [null, "管理制度健全性", null, "定性指标", "高", null, "高", pct(1), 3, 3, "否"],
          [null, "资金使用合规性", null, null, "好", null, "好", pct(1), 5, 5, "否"],
          [null, "预决算信息公开性", null, null, "高", null, "高", pct(1), 1, 1, "否"],
          [null, "资产管理安全", null, null, "好", null, "好", pct(1), 2, 2, "否"],
          [null, "固定资产利用率", "%", "定量指标", pct(0.9), null, pct(1), pct(1), 2, 2, "否"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 5,
      rule: "score-mismatch",
      cell: "自评表!J17",
      arithmetic:
        "政府采购执行率: 年初指标值 100 %, 全年完成值 72.74 % → 得分系数 72.74 / 100 = 72.74 %, 指标得分 2 × 72.74 % = 1.45; printed 系数 100 % and full 2",
      fix: [
        { reason: "得分系数 = 完成值 / 指标值", sheet: "自评表", cell: "H17", set: { v: 0.7274, fmt: "0.00%" } },
        { reason: "指标得分 = 2 × 72.74 % = 1.45", sheet: "自评表", cell: "J17", set: 1.45 },
        { reason: "自评总分 follows: 97.6 − 2 + 1.45 = 97.05", sheet: "自评表", cell: "I2", set: 97.05 },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!H5", figure: "7.6", why: "执行率 76 % × 执行率权重 10 = 7.6" },
    { cell: "自评表!G12", figure: "76% (预算完成率, target 70%)", why: "76 % ≥ 70 %, full 2; it agrees with the 执行率 76 % above" },
    { cell: "自评表!G14", figure: "0 (结转结余率, target 2%)", why: "a ≤ target: 0 is within 2 %, full 2" },
    { cell: "自评表!G22", figure: "100% (固定资产利用率, target 90%)", why: "100 % ≥ 90 %, full 2; 11 % over is no deviation needing a reason" },
  ],
};

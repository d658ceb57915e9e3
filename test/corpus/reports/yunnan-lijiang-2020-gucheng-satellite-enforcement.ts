/**
 * 丽江市古城区自然资源局 2020年度项目支出绩效自评表 — 2020年省级自然资源卫片执法补助经费 (Yunnan variant with 指标性质 /
 * 指标值 / 度量单位; 万元 in the fund block, 元 in the 数量指标 row). Stored as a repost (traditional-character rendering of a
 * 2021-06-28 post); typed here in the original simplified characters.
 * The stored copy stops inside the 满意度 row (its 得分 and the 总分 are missing).
 * No provable slip: every indicator is met and every score is at or below 分值 × 完成值/指标值 (the form scores 9/10, 19/20,
 * 19/20, 27/30 for targets met — lower than the figures allow, but a low score is not a contradiction the form's rules forbid).
 */
import type { CorpusReport } from "../types";

const two = (v: number) => ({ v, fmt: "0.00" });

export const report: CorpusReport = {
  id: "yunnan-lijiang-2020-gucheng-satellite-enforcement",
  title: "2020年度项目支出绩效自评表 2020年省级自然资源卫片执法补助经费（丽江市古城区自然资源局）",
  url: "http://m.jjiadianqingjie.com.cn/changyong/13241.html",
  province: "云南",
  year: 2020,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:J1", "B2:J2", "A4:A8", "A9:A10", "B9:E9", "F9:J9", "B10:E10", "F10:J10", "A11:C11", "D11:F11"],
        rows: [
          ["2020年度项目支出绩效自评表"],
          ["项目名称", "2020年省级自然资源卫片执法补助经费支出绩效自评表"],
          ["主管部门", "丽江市自然资源和规划局", null, null, "实施单位", "丽江市古城区自然资源局"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", 7.29, 7.29, 7.29, two(10), { v: 1, fmt: "0%" }, two(10)],
          [null, "其中：当年财政拨款", 7.29, 7.29, 7.29, null, { v: 1, fmt: "0%" }],
          [null, "上年结转资金"],
          [null, "其他资金"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, "自然资源卫片执法补助经费", null, null, null, "自然资源卫片执法补助经费"],
          ["绩效指标", null, null, "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
          ["产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, two(10), two(9)],
          ["产出指标", "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19],
          ["产出指标", "时效指标", "项目完成及时率", "﹦", 100, "%", 100, two(20), two(19)],
          ["效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, two(30), two(27)],
          ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, two(10)],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评表!G5", figure: "100%", why: "7.29 / 7.29 = 100 %" },
    { cell: "自评表!H5", figure: "10.00", why: "分值 10.00 × 100 % = 10.00" },
    { cell: "自评表!G13", figure: "72890 元", why: "72890 元 = 7.289 万元, printed to 2 dp in the fund block as 7.29 — the same money in another unit" },
    { cell: "自评表!I13", figure: "9.00", why: "10.00 × 72890 / 72890 = 10; 9.00 is below the cap, not above it" },
    { cell: "自评表!I16", figure: "27.00", why: "30.00 × 95 / 95 = 30; 27.00 is below the cap" },
  ],
};

/**
 * 萧县张庄寨镇人民政府 绩效目标自评表（2023年度）— 河西村特色种养补贴到户项目 (衔接资金 form: 三级指标 | 分值 | 年度指标值 |
 * 全年实际值 | 得分 | 未完成原因及拟采取的改进措施; 万元). The ★ rows carry 分值/得分; their "其中" rows carry only values.
 * The 其中：本年财政拨款 row repeats 分值 10 / 100% / 得分 10 as printed. The stored copy stops at the 满意度 block, so the
 * 满意度 rows and 总分 are not typed. Not flagged either way: the 家畜家禽 total 192只 counts 180只 (羊) and 12头 (猪) together.
 * No provable slip in the typed part: a clean form.
 */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "anhui-xiaoxian-2023-hexi-village-planting-subsidy",
  title: "绩效目标自评表（2023年度）河西村特色种养补贴到户项目（萧县张庄寨镇人民政府）",
  url: "https://www.ahxx.gov.cn/grassroots/279/158998981.html",
  province: "安徽",
  year: 2023,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:I1", "A2:I2", "B3:D3", "B4:D4", "A5:A8", "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10", "A11:A29"],
        rows: [
          ["绩效目标自评表"],
          ["（2023年度）"],
          ["项目名称", "河西村特色种养补贴到户项目", null, null, "项目负责人及电话", "李宁0557-5788003"],
          ["主管部门", "县农业农村局", null, null, "实施单位", "张庄寨镇人民政府"],
          ["资金情况（万元）", null, "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
          [null, "年度资金总额：", 9.48, 9.48, 10, { v: 1, fmt: "0%" }, 10],
          [null, "其中：本年财政拨款", 9.48, 9.48, 10, { v: 1, fmt: "0%" }, 10],
          [null, "其他资金", "-", "-"],
          ["年度总体目标", "年初设定目标", null, null, "年度总体目标完成情况综述"],
          [null, "落实39户特色种养业奖补政策,增加脱贫户家庭收入", null, null, "落实39户特色种养业奖补政策,增加脱贫户家庭收入"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
          [null, "产出指标（50分）", "数量指标", "★补助各类瓜果蔬菜种植面积", 20, "29.5亩", "29.5亩", 20],
          [null, null, "数量指标", "其中桃树种植面积", null, "1.5亩", "1.5亩"],
          [null, null, "数量指标", "其中苹果树种植面积", null, "5亩", "5亩"],
          [null, null, "数量指标", "其中露天蔬菜", null, "20亩", "20亩"],
          [null, null, "数量指标", "其中大棚蔬菜", null, "3亩", "3亩"],
          [null, null, "数量指标", "★补助鱼塘面积", 10, "3亩", "3亩", 10],
          [null, null, "数量指标", "其中鱼塘养殖面积", null, "3亩", "3亩"],
          [null, null, "数量指标", "★补助家畜家禽养殖数量", 10, "192只", "192只", 10],
          [null, null, "数量指标", "其中羊养殖数量", null, "180只", "180只"],
          [null, null, "数量指标", "其中猪养殖数量", null, "12头", "12头"],
          [null, null, "质量指标", "种植作物成活率", 5, { v: 0.95, fmt: "0%" }, { v: 0.95, fmt: "0%" }, 5],
          [null, null, "质量指标", "养殖家畜家禽成活率", 5, { v: 0.95, fmt: "0%" }, { v: 1, fmt: "0%" }, 5],
          [null, null, null, "……"],
          [null, "效益指标（30分）", "经济效益指标", "特色产业带动增加受益农户收入(总收入)", 20, "≥11.376万元", "12万元", 20],
          [null, null, "社会效益指标", "受益人口数量", 10, "90人", "90人", 10],
          [null, null, "生态效益指标"],
          [null, null, "可持续影响指标"],
          [null, null, null, "……"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评表!B12", figure: "产出指标（50分）", why: "分值 20 + 10 + 10 + 5 + 5 = 50 (the 其中 rows carry no 分值)" },
    { cell: "自评表!B25", figure: "效益指标（30分）", why: "分值 20 + 10 = 30" },
    { cell: "自评表!F12", figure: "29.5亩", why: "其中 1.5 + 5 + 20 + 3 = 29.5 亩" },
    { cell: "自评表!G25", figure: "12万元 against ≥11.376万元", why: "a ≥ target met (5.5 % over); full 20" },
    { cell: "自评表!F6", figure: "100%", why: "9.48 / 9.48 = 100 %; 得分 10 × 100 % = 10" },
  ],
};

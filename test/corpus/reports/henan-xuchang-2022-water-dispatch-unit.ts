/** 许昌市河湖水系水源调度中心 2022年整体和项目支出绩效自评总结报告: unit-level narrative (部门整体 + 1 project), 万元, abridged (stored copy breaks off in the project part). */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "henan-xuchang-2022-water-dispatch-unit",
  title: "许昌市河湖水系水源调度中心2022年整体和项目支出绩效自评总结报告",
  url: "https://doc.chddh.cn/archives/48n5zg2zkkzrn27q6rjv.html",
  province: "河南",
  year: 2022,
  layouts: ["narrative-only", "unit-level", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评报告",
        widths: [120],
        wrap: true,
        rows: [
          ["许昌市河湖水系水源调度中心2022年整体和项目支出绩效自评总结报告"],
          ["一 绩效管理工作开展情况。"],
          [
            "我单位按照《中共许昌市委 许昌市人民政府关于全面实施预算绩效管理的实施意见》（许发〔2021〕13号）文件要求，对本单位整体支出和项目支出开展全过程预算绩效管理：",
          ],
          ["二 部门（单位）整体和项目绩效自评结果。"],
          ["按照《许昌市财政局关于开展2022年度市级预算绩效自评工作的通知》等文件精神，我单位对本单位整体绩效目标和项目支出绩效目标进行了自评。"],
          [
            "一是单位整体绩效自评情况：完成年度水系科学调度，保持水系清水长流；水系管护实地监督复查强化监管，巩固水系建设成果；加强工程维修养护，保障闸坝平稳运行。部门预算总金额803.74万元其中：基本支出757.49万元，项目支出46.25万元。完成率均达到100%；部门目标实现率100%，整体绩效自评为优秀；",
          ],
          ["二是项目绩效自评情况。我单位共有1个项目批复了绩效目标，项目金额46.00万元。其中：河湖水系闸坝工程运行维修经费46.00万元。……"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评报告!A6", figure: "803.74万元其中：基本支出757.49万元，项目支出46.25万元", why: "757.49 + 46.25 = 803.74" },
    {
      cell: "自评报告!A7",
      figure: "1个项目批复了绩效目标，项目金额46.00万元",
      why: "only the projects with approved targets (46.00) — a part of 项目支出 46.25 on purpose, not the same total; the one project is 46.00 = 46.00",
    },
    { cell: "自评报告!A3", figure: "许发〔2021〕13号", why: "year inside a document number" },
    { cell: "自评报告!A5", figure: "2022年度市级预算绩效自评工作", why: "the year evaluated" },
  ],
};

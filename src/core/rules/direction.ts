/** Indicators whose direction cannot be guessed when none is written: for these names lower may be better (投诉率, 成本, 结余率). */
export const REVERSE_HINT =
  /(投诉|差错|错误|事故|失误|故障|超支|超标|成本|费用|单价|均价|耗时|时间|时长|天数|工作日|周期|误差|不合格|违规|违纪|损失|流失|空置|闲置|延误|逾期|退件|下降|降低|减少|负面|伤亡|死亡|发病|污染|排放|能耗|时效|结余|结转|调整率|变动率)/;

/** The rule registry: every rule the engine runs, in the order findings are listed. */
import { balanceMismatch } from "./balance-mismatch";
import { digitSlip } from "./digit-slip";
import { duplicatePayment } from "./duplicate-payment";
import { indicatorContradiction } from "./indicator-contradiction";
import { multiYearMismatch } from "./multi-year-mismatch";
import { numberAsText } from "./number-as-text";
import { overBudget } from "./over-budget";
import { paymentOutOfPeriod } from "./payment-out-of-period";
import { rateMismatch } from "./rate-mismatch";
import type { Rule } from "./rule";
import { scoreMismatch } from "./score-mismatch";
import { strayUnit } from "./stray-unit";
import { sumMismatch } from "./sum-mismatch";
import { textMismatch } from "./text-mismatch";
import { undefinedRate } from "./undefined-rate";
import { unexplainedAdjustment } from "./unexplained-adjustment";
import { unitSlip } from "./unit-slip";
import { yearMismatch } from "./year-mismatch";

export const RULES: readonly Rule[] = [
  unitSlip,
  digitSlip,
  textMismatch,
  sumMismatch,
  rateMismatch,
  balanceMismatch,
  multiYearMismatch,
  strayUnit,
  undefinedRate,
  unexplainedAdjustment,
  scoreMismatch,
  indicatorContradiction,
  yearMismatch,
  numberAsText,
  duplicatePayment,
  paymentOutOfPeriod,
  overBudget,
];

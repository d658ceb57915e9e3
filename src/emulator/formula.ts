/**
 * A small formula evaluator for formulas written through the API: numbers, strings, cell and range references
 * (also on other sheets), + - * / ^ & and unary minus, %, and SUM, AVERAGE, MIN, MAX, COUNT, ROUND, ABS.
 * Anything else (comparisons, other functions, names) is "unsupported": the cell keeps a null cached value.
 */
import type { CellValue } from "../core/snapshot";
import { type Rect, parseRef, rectCells } from "./address";
import { type SheetModel, getCell } from "./model";

type Err = { error: string };
type Scalar = number | string | boolean | null | Err;
type RangeVal = { kind: "range"; sheet: SheetModel; rect: Rect };
type Val = Scalar | RangeVal;

class Unsupported extends Error {}

const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "error" in v;
const isRange = (v: Val): v is RangeVal => typeof v === "object" && v !== null && "kind" in v;

interface Token {
  t: "num" | "str" | "ref" | "func" | "op" | "(" | ")" | ",";
  s: string;
}

const REF = /^(?:(?:'((?:[^']|'')+)'|([^\s'!:(),+\-*/^&=<>"]+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === " ") {
      i++;
      continue;
    }
    const rest = src.slice(i);
    let m = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|^\.\d+(?:[eE][+-]?\d+)?/.exec(rest);
    if (m) {
      out.push({ t: "num", s: m[0] });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new Unsupported();
      out.push({ t: "str", s });
      i = j + 1;
      continue;
    }
    m = /^([A-Za-z_][A-Za-z0-9_.]*)\(/.exec(rest);
    if (m) {
      out.push({ t: "func", s: m[1]!.toUpperCase() });
      i += m[0].length;
      continue;
    }
    m = REF.exec(rest);
    if (m) {
      out.push({ t: "ref", s: m[0] });
      i += m[0].length;
      continue;
    }
    if ("+-*/^&%".includes(ch)) {
      out.push({ t: "op", s: ch });
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      out.push({ t: ch, s: ch });
      i++;
      continue;
    }
    throw new Unsupported();
  }
  return out;
}

export type SheetLookup = (name: string) => SheetModel | undefined;

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Token[],
    private readonly sheet: SheetModel,
    private readonly lookup: SheetLookup
  ) {}

  run(): Val {
    const v = this.concat();
    if (this.i < this.toks.length) throw new Unsupported();
    return v;
  }

  private peek(): Token | undefined {
    return this.toks[this.i];
  }

  private concat(): Val {
    let left = this.additive();
    while (this.peek()?.s === "&" && this.peek()?.t === "op") {
      this.i++;
      const right = this.additive();
      const a = scalar(left);
      const b = scalar(right);
      if (isErr(a)) left = a;
      else if (isErr(b)) left = b;
      else left = text(a) + text(b);
    }
    return left;
  }

  private additive(): Val {
    let left = this.multiplicative();
    for (let t = this.peek(); t?.t === "op" && (t.s === "+" || t.s === "-"); t = this.peek()) {
      this.i++;
      const right = this.multiplicative();
      left = arith(left, right, t.s === "+" ? (a, b) => a + b : (a, b) => a - b);
    }
    return left;
  }

  private multiplicative(): Val {
    let left = this.power();
    for (let t = this.peek(); t?.t === "op" && (t.s === "*" || t.s === "/"); t = this.peek()) {
      this.i++;
      const right = this.power();
      left = t.s === "*" ? arith(left, right, (a, b) => a * b) : arith(left, right, (a, b) => (b === 0 ? Number.NaN : a / b), "#DIV/0!");
    }
    return left;
  }

  private power(): Val {
    let left = this.unary();
    while (this.peek()?.t === "op" && this.peek()?.s === "^") {
      this.i++;
      const right = this.unary();
      left = arith(left, right, (a, b) => a ** b);
    }
    return left;
  }

  private unary(): Val {
    const t = this.peek();
    if (t?.t === "op" && (t.s === "-" || t.s === "+")) {
      this.i++;
      const v = this.unary();
      return t.s === "-" ? arith(0, v, (a, b) => a - b) : v;
    }
    let v = this.primary();
    while (this.peek()?.t === "op" && this.peek()?.s === "%") {
      this.i++;
      v = arith(v, 100, (a, b) => a / b);
    }
    return v;
  }

  private primary(): Val {
    const t = this.toks[this.i++];
    if (!t) throw new Unsupported();
    switch (t.t) {
      case "num":
        return Number(t.s);
      case "str":
        return t.s;
      case "ref":
        return this.ref(t.s);
      case "(": {
        const v = this.concat();
        if (this.toks[this.i++]?.t !== ")") throw new Unsupported();
        return v;
      }
      case "func":
        return this.call(t.s);
      default:
        throw new Unsupported();
    }
  }

  private ref(s: string): Val {
    const m = REF.exec(s)!;
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    const sheet = name !== undefined ? this.lookup(name) : this.sheet;
    if (!sheet) return { error: "#REF!" };
    const rect = parseRef(m[3]!);
    if (!rect) throw new Unsupported();
    return { kind: "range", sheet, rect };
  }

  private call(name: string): Val {
    const args: Val[] = [];
    if (this.peek()?.t !== ")") {
      for (;;) {
        args.push(this.concat());
        if (this.peek()?.t === ",") {
          this.i++;
          continue;
        }
        break;
      }
    }
    if (this.toks[this.i++]?.t !== ")") throw new Unsupported();
    return applyFunction(name, args);
  }
}

function cellScalar(sheet: SheetModel, r: number, c: number): Scalar {
  const v = getCell(sheet, r, c)?.v ?? null;
  return v;
}

function scalar(v: Val): Scalar {
  if (!isRange(v)) return v;
  // Implicit intersection is not emulated: only a single-cell reference reads as a value.
  if (rectCells(v.rect) !== 1) throw new Unsupported();
  return cellScalar(v.sheet, v.rect.top, v.rect.left);
}

function toNumber(v: Scalar): number | Err {
  if (v === null) return 0;
  if (isErr(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = v.trim();
  if (t !== "" && !Number.isNaN(Number(t))) return Number(t);
  return { error: "#VALUE!" };
}

function text(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return v as string;
}

function arith(a: Val, b: Val, op: (x: number, y: number) => number, nanError = "#NUM!"): Scalar {
  const x = toNumber(scalar(a));
  if (isErr(x)) return x;
  const y = toNumber(scalar(b));
  if (isErr(y)) return y;
  const r = op(x, y);
  return Number.isFinite(r) ? r : { error: nanError };
}

/** Numbers an aggregate sees: from ranges only real numbers (text and blanks skipped), from direct arguments anything numeric. */
function numbersOf(args: Val[]): number[] | Err {
  const out: number[] = [];
  for (const a of args) {
    if (isRange(a)) {
      if (rectCells(a.rect) > 1_000_000) throw new Unsupported();
      for (let r = a.rect.top; r <= a.rect.bottom; r++) {
        for (let c = a.rect.left; c <= a.rect.right; c++) {
          const v = cellScalar(a.sheet, r, c);
          if (isErr(v)) return v;
          if (typeof v === "number") out.push(v);
        }
      }
    } else {
      const n = toNumber(a);
      if (isErr(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function applyFunction(name: string, args: Val[]): Scalar {
  switch (name) {
    case "SUM":
    case "AVERAGE":
    case "MIN":
    case "MAX":
    case "COUNT": {
      if (name === "COUNT") {
        let n = 0;
        for (const a of args) {
          if (isRange(a)) {
            for (let r = a.rect.top; r <= a.rect.bottom; r++)
              for (let c = a.rect.left; c <= a.rect.right; c++) if (typeof cellScalar(a.sheet, r, c) === "number") n++;
          } else if (typeof a === "number") n++;
        }
        return n;
      }
      const nums = numbersOf(args);
      if (isErr(nums)) return nums;
      if (name === "SUM") return nums.reduce((s, x) => s + x, 0);
      if (name === "AVERAGE") return nums.length ? nums.reduce((s, x) => s + x, 0) / nums.length : { error: "#DIV/0!" };
      if (nums.length === 0) return 0;
      return name === "MIN" ? Math.min(...nums) : Math.max(...nums);
    }
    case "ABS": {
      if (args.length !== 1) throw new Unsupported();
      const n = toNumber(scalar(args[0]!));
      return isErr(n) ? n : Math.abs(n);
    }
    case "ROUND": {
      if (args.length !== 2) throw new Unsupported();
      const n = toNumber(scalar(args[0]!));
      const d = toNumber(scalar(args[1]!));
      if (isErr(n)) return n;
      if (isErr(d)) return d;
      const f = 10 ** Math.trunc(d);
      // Excel rounds half away from zero.
      return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
    }
    default:
      throw new Unsupported();
  }
}

/** The value of a formula (without "="), or undefined when the evaluator does not support it. */
export function evaluateFormula(formula: string, sheet: SheetModel, lookup: SheetLookup): CellValue | undefined {
  try {
    const v = new Parser(tokenize(formula), sheet, lookup).run();
    const s = scalar(v);
    if (isErr(s)) return { error: s.error };
    return s;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

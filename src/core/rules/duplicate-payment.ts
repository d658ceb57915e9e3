/** duplicate-payment: the same payee, amount (to the 分) and date twice or more in the ledger. */
import type { Finding } from "../findings";
import { amountRef, amountYuan, dateCell, payee, paymentDate } from "../ledger";
import type { Ledger } from "../model";
import { cellString } from "../cells";
import { norm } from "../recognize/text";
import { fig, finding, type Rule } from "./rule";

/**
 * Payment indices grouped by exact amount, each group in ledger order, only amounts seen twice or more. An
 * open-addressing table over the whole-分 amounts: on a million-row ledger several times faster than sorting a copy,
 * and no object per payment.
 */
function sameAmount(l: Ledger, each: (group: number[]) => void): void {
  const fen = l.fen;
  const n = fen.length;
  if (n < 2) return;
  let bits = 1;
  while (1 << bits < 2 * n) bits++;
  const mask = (1 << bits) - 1;
  // Per slot: the last payment seen with its amount; per payment: the one before it with the same amount, or -1.
  const last = new Int32Array(1 << bits).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  let repeated = false;
  for (let i = 0; i < n; i++) {
    const f = fen[i]!;
    // NaN (an amount `fen` cannot hold) is never repeated.
    if (f !== f) continue;
    let h = hashFen(f) >>> (32 - bits);
    for (;;) {
      const j = last[h]!;
      if (j < 0) break;
      if (fen[j] === f) {
        prev[i] = j;
        repeated = true;
        break;
      }
      h = (h + 1) & mask;
    }
    last[h] = i;
  }
  if (!repeated) return;
  // From the end: a payment not yet taken that has one before it is the last of a group.
  const taken = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (taken[i] || prev[i]! < 0) continue;
    const g: number[] = [];
    for (let k = i; k >= 0; k = prev[k]!) {
      taken[k] = 1;
      g.push(k);
    }
    // One group at a time: a million payments may repeat a hundred thousand amounts.
    each(g.reverse());
  }
}

// A whole number of 分 (|f| < 2^53) mixed into 32 bits: its low and high words, multiplied out.
function hashFen(f: number): number {
  const lo = f >>> 0;
  const hi = Math.floor(f / 4294967296) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) ^ Math.imul(lo >>> 16, 0x27d4eb2d);
}

// The payment's day as a number (yyyymmdd), or its date cell's text when that is no date; null when it has neither.
function dayKey(l: Ledger, i: number): number | string | null {
  const d = paymentDate(l, i);
  return d ? d.year * 10000 + d.month * 100 + d.day : cellString(dateCell(l, i)) || null;
}

function dayText(k: number | string): string {
  if (typeof k === "string") return k;
  return `${Math.floor(k / 10000)}-${String(Math.floor(k / 100) % 100).padStart(2, "0")}-${String(k % 100).padStart(2, "0")}`;
}

/** The members of `group` that share a key with another, in runs of two or more; a missing key joins none. */
function sameKey<K>(group: number[], key: (i: number) => K | null): number[][] {
  if (group.length === 2) {
    // Most repeated amounts are a pair: no map for them.
    const a = key(group[0]!);
    return a !== null && a === key(group[1]!) ? [group] : [];
  }
  const by = new Map<K, number[]>();
  for (const i of group) {
    const k = key(i);
    if (k === null) continue;
    const g = by.get(k);
    if (g) g.push(i);
    else by.set(k, [i]);
  }
  return [...by.values()].filter((g) => g.length > 1);
}

export const duplicatePayment: Rule = {
  id: "duplicate-payment",
  check(ctx) {
    const found: Array<[number, Finding]> = [];
    for (const l of ctx.model.ledgers) {
      if (l.payeeCol === null || l.dateCol === null) continue;
      sameAmount(l, (group) => {
        // Dates first: they tell most pairs apart before any payee is read.
        for (const sameDay of sameKey(group, (i) => dayKey(l, i))) {
          for (const g of sameKey(sameDay, (i) => norm(payee(l, i)) || null)) {
            const i = g[0]!;
            const yuan = amountYuan(l, i);
            found.push([
              l.rows[i]!,
              finding(
                "duplicate-payment",
                "warning",
                g.map((x) => amountRef(l, x)),
                "duplicate-payment.rows",
                { payee: payee(l, i), amount: fig(yuan, "元"), date: dayText(dayKey(l, i)!), count: g.length },
                null,
                fig(yuan, "元")
              ),
            ]);
          }
        }
      });
    }
    return found.sort((a, b) => a[0] - b[0]).map(([, f]) => f);
  },
};

import fc from "fast-check";
import { SharedStrings } from "../../src/io/shared-strings";

describe("SharedStrings gives back every string as it was stored", () => {
  test("text and plain bytes, in any mix, across block boundaries, read in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.constantFrom("", "项目支出绩效自评", "\uD800", "a\uDC00b")), fc.boolean()), {
          maxLength: 60,
        }),
        fc.array(fc.nat(), { maxLength: 80 }),
        (items, reads) => {
          const t = new SharedStrings();
          let chars = 0;
          for (const [s, asBytes] of items) {
            const b = Buffer.from(s, "utf8");
            // Bytes go in as bytes only when they are the text's own UTF-8 (no lone surrogate), as the scanner does.
            if (asBytes && b.toString("utf8") === s) t.pushBytes(b, 0, b.length, s.length);
            else t.push(s);
            chars += s.length;
          }
          expect(t.count).toBe(items.length);
          expect(t.chars).toBe(chars);
          expect(t.toArray()).toEqual(items.map(([s]) => s));
          for (const r of reads) {
            if (!items.length) break;
            const i = r % items.length;
            expect(t.get(i)).toBe(items[i]![0]);
            expect(t.isEmpty(i)).toBe(items[i]![0] === "");
          }
          expect(t.get(items.length)).toBeUndefined();
          expect(t.get(-1)).toBeUndefined();
          expect(t.get(0.5)).toBeUndefined();
          expect(t.isEmpty(items.length)).toBe(false);
        }
      )
    );
  });

  test("strings filling many blocks, one larger than a block, and a cache slot reused", () => {
    const t = new SharedStrings();
    const big = "财".repeat(400_000); // 1.2 MB of UTF-8: more than a block
    const list: string[] = [];
    for (let i = 0; i < 100_000; i++) list.push(i === 5000 ? big : `付款${i}号-${"x".repeat(i % 37)}`);
    for (const s of list) t.push(s);
    expect(t.count).toBe(list.length);
    for (const i of [0, 4095, 4096, 5000, 9096, 65535, 65536, 99_999]) expect(t.get(i)).toBe(list[i]);
    // i and i + 4096 share a cache slot: each read gives its own string.
    expect(t.get(1)).toBe(list[1]);
    expect(t.get(4097)).toBe(list[4097]);
    expect(t.get(1)).toBe(list[1]);
  });

  test("a table whose first string is empty", () => {
    const t = new SharedStrings();
    t.push("");
    t.pushBytes(Buffer.alloc(0), 0, 0, 0);
    t.push("金额");
    expect(t.toArray()).toEqual(["", "", "金额"]);
    expect(t.isEmpty(0)).toBe(true);
    expect(t.isEmpty(2)).toBe(false);
  });
});

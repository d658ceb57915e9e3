import { utf8Length } from "../../src/core/utf8";

test("UTF-8 lengths, worked out by hand: ASCII 1, Latin-1 2, CJK 3, astral 4 bytes", () => {
  expect(utf8Length("")).toBe(0);
  expect(utf8Length("A1")).toBe(2);
  expect(utf8Length("é")).toBe(2);
  expect(utf8Length("1065.25元")).toBe(10);
  expect(utf8Length("𠀀")).toBe(4);
  for (const s of ["预算执行!D4", "a𠀀é元"]) expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
});

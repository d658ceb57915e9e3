// office-addin-lint's rules (Office.js load/sync checks, prettier) over our TypeScript; TypeScript itself checks names, so no-undef is off.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "dist-web/**", "node_modules/**", "bench/out/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off" },
  },
  {
    // The Office.js rules speak of Excel proxies; elsewhere (ExcelJS cells, the emulation's own internals) they misfire.
    files: ["src/core/**", "src/io/**", "src/cli/**", "src/emulator/**", "samples/**", "bench/**", "demo/server.ts", "test/**"],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "off"])),
  },
];

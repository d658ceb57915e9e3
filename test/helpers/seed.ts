/** The real seed report, from shared/ beside the repository (where CI puts it too). */
import { readFileSync } from "fs";
import path from "path";

export const SEED_PATH = path.resolve(__dirname, "../../../shared/seed/haikou-2023-self-evaluation.txt");

export function seedText(): string {
  return readFileSync(SEED_PATH, "utf8");
}

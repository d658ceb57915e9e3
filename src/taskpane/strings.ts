/** The pane's language packs, fetched one at a time: the first download carries neither; the entry loads the one Office asks for. */
import type { Lang, Strings } from "../core/i18n/types";

const packs: Partial<Record<Lang, Strings>> = {};

export async function loadStrings(lang: Lang): Promise<Strings> {
  const have = packs[lang];
  if (have) return have;
  const pack =
    lang === "en"
      ? (await import(/* webpackChunkName: "strings-en" */ "../core/i18n/en")).en
      : (await import(/* webpackChunkName: "strings-zh" */ "../core/i18n/zh-CN")).zhCN;
  packs[lang] = pack;
  return pack;
}

/** A loaded pack; rendering before loadStrings is a programming error, so it says so. */
export function paneStrings(lang: Lang): Strings {
  const s = packs[lang];
  if (!s) throw new Error(`language pack ${lang} is not loaded: await loadStrings("${lang}") first`);
  return s;
}

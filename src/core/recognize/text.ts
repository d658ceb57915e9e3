/** Text normalisation for matching headers and labels: full-width to half-width, no spaces, lower case. */

export function norm(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .toLowerCase();
}

/** The part of a header before a unit caption: "金额（元）" → "金额". */
export function stripCaption(s: string): string {
  return s.replace(/[（(][^（()）]*[)）]$/u, "");
}

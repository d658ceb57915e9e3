/** Colours as Excel takes them (#RRGGBB, #RGB or an HTML colour name) and gives them back (#RRGGBB, upper case). */

// The HTML colour names an add-in is likely to use; Excel accepts all of CSS's, the emulation this subset.
const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  lime: "#00FF00",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  maroon: "#800000",
  olive: "#808000",
  navy: "#000080",
  purple: "#800080",
  teal: "#008080",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  pink: "#FFC0CB",
  gold: "#FFD700",
  brown: "#A52A2A",
  lightyellow: "#FFFFE0",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  lightpink: "#FFB6C1",
  lightsalmon: "#FFA07A",
  darkred: "#8B0000",
  darkgreen: "#006400",
  darkblue: "#00008B",
  darkorange: "#FF8C00",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  khaki: "#F0E68C",
  lemonchiffon: "#FFFACD",
  moccasin: "#FFE4B5",
  salmon: "#FA8072",
  tomato: "#FF6347",
  coral: "#FF7F50",
  wheat: "#F5DEB3",
  beige: "#F5F5DC",
  ivory: "#FFFFF0",
};

/** "#RRGGBB" for a colour Excel accepts, null otherwise. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const s = input.trim();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  let m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return `#${m[1]!.toUpperCase()}`;
  m = /^#([0-9a-fA-F]{3})$/.exec(s);
  if (m)
    return `#${[...m[1]!]
      .map((ch) => ch + ch)
      .join("")
      .toUpperCase()}`;
  return null;
}

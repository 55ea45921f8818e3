/**
 * The charts' light theme, in the colours of web/src/styles.css: read from its custom properties
 * (`--ink`, `--brand`, ...) when the page has them, so a change there reaches the charts, with the
 * same values as fallbacks.
 */

export const THEME_NAME = "campus";

function cssVar(name: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

export const colours = {
  ink: () => cssVar("--ink", "#1d2430"),
  inkSoft: () => cssVar("--ink-soft", "#4a5566"),
  inkFaint: () => cssVar("--ink-faint", "#5f6a7a"),
  line: () => cssVar("--line", "#dde2ea"),
  lineSoft: () => cssVar("--line-soft", "#edf0f5"),
  paper: () => cssVar("--paper", "#ffffff"),
  brand: () => cssVar("--brand", "#1c4f8f"),
  fontSans: () => cssVar("--font-sans", "system-ui, sans-serif"),
  /** Warning severity, low to high: the heat map's ramp (zero is calm green). */
  heat: () => [
    cssVar("--green-bg", "#e3f4e8"),
    cssVar("--yellow-line", "#f1cf5b"),
    cssVar("--orange-line", "#f5a05c"),
    cssVar("--red", "#b42318"),
  ],
};

/** Series colours: the brand blue first, then the warning colours and calm ones. */
const palette = () => [
  colours.brand(),
  cssVar("--orange-line", "#f5a05c"),
  cssVar("--green", "#1e6b3a"),
  cssVar("--red", "#b42318"),
  cssVar("--yellow-line", "#f1cf5b"),
  "#6a4fb3",
  "#3a8fb7",
  colours.inkFaint(),
];

const axis = () => ({
  axisLine: { lineStyle: { color: colours.line() } },
  axisTick: { lineStyle: { color: colours.line() } },
  axisLabel: { color: colours.inkSoft() },
  splitLine: { lineStyle: { color: colours.lineSoft() } },
  nameTextStyle: { color: colours.inkSoft() },
});

/** Called when ECharts loads, so the page's styles are in place. */
export const campusTheme = () => ({
  color: palette(),
  backgroundColor: "transparent",
  textStyle: { fontFamily: colours.fontSans(), color: colours.ink() },
  categoryAxis: axis(),
  valueAxis: axis(),
  legend: { textStyle: { color: colours.inkSoft() } },
  tooltip: {
    backgroundColor: colours.paper(),
    borderColor: colours.line(),
    textStyle: { color: colours.ink() },
  },
  visualMap: { textStyle: { color: colours.inkSoft() } },
});

import type { ThemeConfig } from "antd";

/**
 * The app's look as Ant Design tokens: the colours, radii and system font stacks the hand-written
 * CSS used (no web fonts: campus networks often cannot reach font CDNs).
 */
export const palette = {
  ink: "#1d2430",
  inkSoft: "#4a5566",
  inkFaint: "#5f6a7a",
  line: "#dde2ea",
  lineSoft: "#edf0f5",
  field: "#b9c2cf",
  paper: "#ffffff",
  page: "#f4f6f9",
  brand: "#1c4f8f",
  brandDark: "#143a6a",
  brandSoft: "#e8f0fa",
  red: "#b42318",
  orange: "#a84a00",
  yellow: "#8a6500",
  green: "#1e6b3a",
} as const;

export const fontSans = [
  "system-ui",
  "-apple-system",
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei UI"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  '"Helvetica Neue"',
  "Arial",
  "sans-serif",
].join(", ");

export const fontMono = [
  "ui-monospace",
  '"SFMono-Regular"',
  "Menlo",
  "Consolas",
  '"Liberation Mono"',
  '"Noto Sans Mono CJK SC"',
  "monospace",
].join(", ");

export const campusTheme: ThemeConfig = {
  token: {
    colorPrimary: palette.brand,
    colorInfo: palette.brand,
    colorLink: palette.brand,
    colorLinkHover: palette.brandDark,
    colorLinkActive: palette.brandDark,
    colorError: palette.red,
    colorWarning: palette.orange,
    colorSuccess: palette.green,
    // Tags in the preset colours write their text in the 7th shade: antd's orange, gold and green
    // read at 2.7–3.4:1 on their light backgrounds, under the 4.5:1 small text needs (WCAG AA,
    // web/test/contrast.e2e.test.ts). The same hues, darker, from the palette. Both spellings:
    // the legacy "orange-7" names the same CSS variable and would win otherwise.
    orange7: palette.orange,
    "orange-7": palette.orange,
    gold7: palette.yellow,
    "gold-7": palette.yellow,
    green7: palette.green,
    "green-7": palette.green,
    colorText: palette.ink,
    colorTextSecondary: palette.inkSoft,
    colorTextTertiary: palette.inkFaint,
    colorTextDescription: palette.inkFaint,
    colorBorder: palette.field,
    colorBorderSecondary: palette.line,
    colorSplit: palette.lineSoft,
    colorBgLayout: palette.page,
    colorBgContainer: palette.paper,
    borderRadius: 6,
    borderRadiusLG: 8,
    borderRadiusSM: 4,
    fontFamily: fontSans,
    fontFamilyCode: fontMono,
    fontSize: 14,
    boxShadowTertiary: "0 1px 2px rgba(20, 30, 50, 0.06), 0 1px 6px rgba(20, 30, 50, 0.04)",
  },
  components: {
    Layout: {
      headerBg: palette.brand,
      headerColor: "#ffffff",
      headerHeight: "auto",
      headerPadding: "0",
      bodyBg: palette.page,
    },
    Menu: {
      darkItemBg: palette.brand,
      darkPopupBg: palette.brand,
      darkItemColor: "#dbe7f7",
      darkItemHoverColor: "#ffffff",
      darkItemHoverBg: "rgba(255, 255, 255, 0.12)",
      darkItemSelectedBg: "rgba(255, 255, 255, 0.18)",
      darkItemSelectedColor: "#ffffff",
      horizontalItemBorderRadius: 6,
      itemBorderRadius: 6,
    },
    Table: {
      headerBg: "#f8f9fb",
      headerColor: palette.inkSoft,
      rowHoverBg: "#f7faff",
      cellPaddingBlock: 10,
      cellPaddingInline: 14,
    },
    Card: {
      headerFontSize: 17,
    },
    Descriptions: {
      labelColor: palette.inkFaint,
      itemPaddingBottom: 6,
    },
  },
};

import { App, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "antd/dist/antd.css";
import "dayjs/locale/zh-cn";
import { useMemo, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useReducedMotion } from "./motion";
import { campusTheme } from "./theme";

const DAYJS_LOCALE = { zh: "zh-cn", en: "en" } as const;

/**
 * Ant Design in the app's language and look: its own texts (pagination, pickers, empty states,
 * form messages) follow `useI18n().lang`, and so does dayjs, which the date pickers use. `App`
 * gives message, notification and modal hooks (`App.useApp()`) the same theme and locale, and the
 * page its base font, colour and line height. Someone who asked their system for reduced motion
 * gets no transitions (Ant Design's `motion` token).
 *
 * Zero-runtime (antd 6): components take their styles from the prebuilt `antd/dist/antd.css`
 * instead of generating and hashing them in the browser on every page load; our tokens still
 * apply, as CSS variables. That took a fifth off the browser's CPU for a page (measured on the
 * home page's end-to-end test), which a phone feels as much as the CI machine.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  // Before the tree renders: the pickers read dayjs's global locale while rendering.
  if (dayjs.locale() !== DAYJS_LOCALE[lang]) dayjs.locale(DAYJS_LOCALE[lang]);
  const reducedMotion = useReducedMotion();
  const theme = useMemo(
    () =>
      reducedMotion
        ? { ...campusTheme, zeroRuntime: true, token: { ...campusTheme.token, motion: false } }
        : { ...campusTheme, zeroRuntime: true },
    [reducedMotion],
  );
  return (
    <ConfigProvider
      locale={lang === "en" ? enUS : zhCN}
      theme={theme}
      // "处理", "停用": keep two-character labels as written (accessible names stay the words).
      button={{ autoInsertSpace: false }}
    >
      <App className="app-root">{children}</App>
    </ConfigProvider>
  );
}

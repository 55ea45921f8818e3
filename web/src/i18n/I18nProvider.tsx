import type { i18n as I18next } from "i18next";
import { useContext, useEffect, useMemo, type ReactNode } from "react";
import { I18nContext, I18nextProvider, useTranslation } from "react-i18next";
import {
  appI18n,
  createTranslator,
  langOf,
  languageInfo,
  storeLang,
  type Lang,
  type Translator,
} from "./index";

interface I18nContextValue extends Translator {
  /** Switch the language; remembered for the next visit, and `<html lang>` follows. */
  setLang: (lang: Lang) => void;
}

/** Gives the tree an i18next instance (the app's by default) and keeps `<html lang>` in step. */
export function I18nProvider({
  children,
  i18n = appI18n(),
}: {
  children: ReactNode;
  i18n?: I18next;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <HtmlLang />
      {children}
    </I18nextProvider>
  );
}

function HtmlLang() {
  const { lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = languageInfo(lang).htmlLang;
  }, [lang]);
  return null;
}

/** The current language's translator; the component re-renders when the language changes. */
export function useI18n(): I18nContextValue {
  // react-i18next's context is empty (undefined, whatever its type says) outside a provider.
  const context = useContext(I18nContext) as { i18n?: I18next } | undefined;
  if (!context?.i18n) throw new Error("useI18n outside <I18nProvider>");
  // react-i18next re-renders this component on `languageChanged`.
  const { i18n } = useTranslation();
  const lang = langOf(i18n);
  return useMemo(
    () => ({
      ...createTranslator(lang, i18n),
      setLang(next: Lang) {
        storeLang(next);
        void i18n.changeLanguage(next);
      },
    }),
    [i18n, lang],
  );
}

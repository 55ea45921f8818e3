import { useEffect, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";

/** The page's one h1; focusable so navigation can move keyboard and screen-reader focus to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 id="page-heading" className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}

export function useDocumentTitle(title: string) {
  const { t } = useI18n();
  const suffix = t("app.shortTitle");
  useEffect(() => {
    document.title = title ? `${title} · ${suffix}` : suffix;
  }, [title, suffix]);
}

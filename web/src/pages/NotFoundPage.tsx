import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";
import { PageHeading, useDocumentTitle } from "./PageHeading";

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <PageHeading>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to={paths.home()}>{t("notFound.home")}</Link>
      </p>
    </>
  );
}

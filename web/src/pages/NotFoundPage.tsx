import { Result } from "antd";
import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";
import { PageHeading, useDocumentTitle } from "./PageHeading";

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <PageHeading>{t("notFound.title")}</PageHeading>
      <Result
        status="404"
        className="not-found"
        subTitle={t("notFound.body")}
        extra={<Link to={paths.students()}>{t("notFound.home")}</Link>}
      />
    </>
  );
}

import { useQuery } from "@apollo/client";
import { useI18n } from "../i18n/I18nProvider";
import { MissingEntity } from "../pages/MissingEntity";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { PersonName } from "../pages/PersonName";
import { Link, paths } from "../router";
import { SectionNotice } from "../profile/ProfileSection";
import { problemOf } from "../profile/sectionErrors";
import { WarningPanel, WARNING_DETAIL } from "./WarningPanel";
import { LevelTag } from "../ui/tags";
import { StageTag } from "./WarningRow";

/**
 * One warning on its own page (`/warnings/:id`): what a notification or a case links to. The same
 * panel as in the queue: the rule in words, the evidence, the history, cases, talks and actions.
 */
export function WarningPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(WARNING_DETAIL, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const warning = data?.warning ?? null;
  useDocumentTitle(
    warning?.person
      ? `${warning.person.name} · ${t("casework.warningTitle")}`
      : t("casework.warningTitle"),
  );
  const back = (
    <p className="back-link">
      <Link to={paths.warnings()}>← {t("casework.backToQueue")}</Link>
    </p>
  );
  if (!warning) {
    const own = (error?.graphQLErrors ?? []).filter(
      (e) => e.path?.[0] === "warning" && e.path.length === 1,
    );
    if (!loading && problemOf(own) === "forbidden")
      return (
        <>
          {back}
          <PageHeading>{t("casework.warningTitle")}</PageHeading>
          <SectionNotice problem="forbidden" />
        </>
      );
    return (
      <MissingEntity
        back={back}
        loading={loading}
        error={error}
        refetch={refetch}
        text={{
          loading: t("app.loading"),
          failed: t("casework.warningError"),
          notFoundTitle: t("casework.warningNotFound"),
          notFoundBody: t("casework.warningNotFoundBody", { id }),
        }}
      />
    );
  }
  return (
    <>
      {back}
      <header className="profile-header">
        <PageHeading>{t("casework.warningTitle")}</PageHeading>
        <p className="profile-header__meta">
          <LevelTag level={warning.level} />
          <StageTag status={warning.status} />
          <PersonName person={warning.person} separator=" " />
        </p>
      </header>
      <div className="warning-page" data-warning-page={warning.id}>
        <WarningPanel warning={warning} id={`warning-${warning.id}`} />
      </div>
    </>
  );
}

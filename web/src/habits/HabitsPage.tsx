import { useQuery } from "@apollo/client";
import { Card, Typography } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import { HABIT_KIND, REFLECTION_STATUS, reflectionTone } from "./habitLabels";
import "../climb/climb.css";

export const HABIT_BOARD = graphql(`
  query HabitBoard($after: String) {
    habitProjects(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          startsOn
          endsOn
          goalCheckIns
          participantCount
          myParticipation {
            id
            checkedInToday
          }
        }
      }
    }
  }
`);

export const PRACTICE_VISIT_BOARD = graphql(`
  query PracticeVisitBoard($after: String) {
    practiceVisits(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          hostName
          hostPartner {
            id
            name
          }
          startsAt
          endsAt
          capacity
          taken
          mySignUp {
            id
            reflectionStatus
          }
        }
      }
    }
  }
`);

/** 习惯养成与实践见习: the climb plan's habit projects (tier 1) and practice visits (tier 2). */
export function HabitsPage() {
  const { t, localDate, dateTimeRange } = useI18n();
  useDocumentTitle(t("habits.title"));
  const habits = useQuery(HABIT_BOARD, { errorPolicy: "all", fetchPolicy: "cache-and-network" });
  const visits = useQuery(PRACTICE_VISIT_BOARD, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const habitData = habits.data?.habitProjects;
  const visitData = visits.data?.practiceVisits;
  let habitBody;
  if (habits.loading && !habitData) habitBody = <Loading />;
  else if (!habitData)
    habitBody = <LoadError text={t("habits.list.failed")} retry={() => habits.refetch()} />;
  else if (!habitData.edges.length) habitBody = <EmptyText>{t("habits.list.empty")}</EmptyText>;
  else
    habitBody = (
      <ul className="climb-page__list">
        {habitData.edges.map(({ node }) => (
          <li key={node.id} data-habit={node.id}>
            <Link to={paths.habitProject(node.id)}>
              <strong>{node.title}</strong>
            </Link>{" "}
            <StatusTag tone="plain">
              {t(HABIT_KIND[node.kind] ?? "habits.kind.STUDY_STYLE")}
            </StatusTag>
            {node.myParticipation && (
              <StatusTag tone={node.myParticipation.checkedInToday ? "done" : "active"}>
                {node.myParticipation.checkedInToday
                  ? t("habits.checkedInToday")
                  : t("habits.joined")}
              </StatusTag>
            )}
            <div>
              <Typography.Text type="secondary">
                {t("habits.period", { from: localDate(node.startsOn), to: localDate(node.endsOn) })}{" "}
                · {t("habits.goal", { count: node.goalCheckIns })} ·{" "}
                {t("habits.participants", { count: node.participantCount })}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ul>
    );
  let visitBody;
  if (visits.loading && !visitData) visitBody = <Loading />;
  else if (!visitData)
    visitBody = <LoadError text={t("habits.visits.failed")} retry={() => visits.refetch()} />;
  else if (!visitData.edges.length) visitBody = <EmptyText>{t("habits.visits.empty")}</EmptyText>;
  else
    visitBody = (
      <ul className="climb-page__list">
        {visitData.edges.map(({ node }) => (
          <li key={node.id} data-visit={node.id}>
            <Link to={paths.practiceVisit(node.id)}>
              <strong>{node.title}</strong>
            </Link>{" "}
            {node.mySignUp && (
              <StatusTag tone={reflectionTone(node.mySignUp.reflectionStatus)}>
                {t(
                  REFLECTION_STATUS[node.mySignUp.reflectionStatus] ??
                    "habits.reflection.NOT_SUBMITTED",
                )}
              </StatusTag>
            )}
            <div>
              <Typography.Text type="secondary">
                {node.hostPartner?.name ?? node.hostName} ·{" "}
                {dateTimeRange(node.startsAt, node.endsAt)} ·{" "}
                {t("habits.visit.places", { taken: node.taken, capacity: node.capacity })}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="climb-page" data-page="habits">
      <PageHeading>{t("habits.title")}</PageHeading>
      <Typography.Paragraph type="secondary">{t("habits.intro")}</Typography.Paragraph>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("habits.list.title")}</h2>}
        data-card="habits"
      >
        {habitBody}
        {habitData && (
          <LoadMore
            connection={habitData}
            loading={habits.loading}
            onLoad={(after) => void habits.fetchMore({ variables: { after } })}
          />
        )}
      </Card>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("habits.visits.title")}</h2>}
        data-card="visits"
      >
        {visitBody}
        {visitData && (
          <LoadMore
            connection={visitData}
            loading={visits.loading}
            onLoad={(after) => void visits.fetchMore({ variables: { after } })}
          />
        )}
      </Card>
    </div>
  );
}

import { useQuery } from "@apollo/client";
import { Card } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { ActivitySummary, SignUpControl } from "./activityParts";

export const OPEN_ACTIVITIES = graphql(`
  query OpenVolunteerActivities {
    volunteerActivities {
      id
      title
      place
      grid {
        id
        name
      }
      startsAt
      endsAt
      slots
      signedUpCount
      state
      openToAllStudents
      team {
        id
        name
      }
      viewerSignUp {
        id
        state
      }
    }
  }
`);

/** 志愿活动报名: the activities the student may sign up for now, with sign-up and cancel. */
export function OpenActivities() {
  const { t } = useI18n();
  const open = useQuery(OPEN_ACTIVITIES, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const rows = open.data?.volunteerActivities;
  let body;
  if (open.loading && !rows) body = <Loading />;
  else if (!rows)
    body = <LoadError text={t("teams.activities.failed")} retry={() => open.refetch()} />;
  else if (rows.length === 0) body = <EmptyText>{t("teams.activities.noneOpen")}</EmptyText>;
  else
    body = (
      <ul className="teams-page__list">
        {rows.map((activity) => (
          <li key={activity.id} data-activity={activity.id}>
            <ActivitySummary activity={activity} team={activity.team.name} />
            <SignUpControl activity={activity} onChanged={() => void open.refetch()} />
          </li>
        ))}
      </ul>
    );
  return (
    <Card
      size="small"
      title={<h2 className="teams-page__title">{t("teams.activities.openTitle")}</h2>}
      data-card="open-activities"
    >
      {body}
    </Card>
  );
}

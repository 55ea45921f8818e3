import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input, Select, Tag, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { useSession } from "../auth/useSession";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { Counter } from "../ui/layout";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { OpenActivities } from "./OpenActivities";
import { KIND_LABEL, STATUS_COLOR, STATUS_LABEL, campusDate, servedWhen } from "./teamLabels";
import "./teams.css";

const TEAMS_CALENDAR = graphql(`
  query TeamsCalendar {
    campusCalendar {
      currentTerm
    }
  }
`);

export const MY_VOLUNTEER = graphql(`
  query MyVolunteerService($id: ID!, $term: String!, $after: String) {
    teams {
      id
      name
      kind
      viewerRuns
      viewerIsMember
    }
    person(id: $id) {
      id
      volunteerHours
      termHours: volunteerHours(term: $term)
      volunteerService(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            activity
            place
            startsAt
            endsAt
            hours
            status
            reason
            team {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const LOG_VOLUNTEER_SERVICE = graphql(`
  mutation LogVolunteerService($input: LogVolunteerServiceInput!) {
    logVolunteerService(input: $input) {
      id
      status
    }
  }
`);

/** The fields of the log form, by the names the server gives them in a refusal. */
const LOG_FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.teamId": "teams.log.team",
  "input.activity": "teams.log.activity",
  "input.place": "teams.log.place",
  "input.startsAt": "teams.log.start",
  "input.endsAt": "teams.log.end",
};

interface LogValues {
  teamId?: string;
  activity: string;
  place: string;
  date: string;
  start: string;
  end: string;
}

/** An instant from a campus date and a time of day (UTC+8). */
const instant = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

function LogForm({
  teams,
  onLogged,
}: {
  teams: { id: string; name: string }[];
  onLogged: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<LogValues>();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [logged, setLogged] = useState(false);
  const [log, { loading }] = useMutation(LOG_VOLUNTEER_SERVICE);
  const submit = async (values: LogValues) => {
    setFailure(null);
    setLogged(false);
    const refused = await attempt(
      () =>
        log({
          variables: {
            input: {
              teamId: values.teamId ?? "",
              activity: values.activity,
              place: values.place || null,
              startsAt: instant(values.date, values.start),
              endsAt: instant(values.date, values.end),
            },
          },
          errorPolicy: "all",
        }),
      "logVolunteerService",
    );
    if (refused) return setFailure(refused);
    setLogged(true);
    form.resetFields(["activity", "place", "start", "end"]);
    onLogged();
  };
  return (
    <Form<LogValues>
      form={form}
      layout="vertical"
      className="teams-log"
      aria-label={t("teams.log.title")}
      initialValues={{ teamId: teams[0]?.id, date: campusDate(), place: "", activity: "" }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="teamId"
        label={t("teams.log.team")}
        rules={[{ required: true, message: t("teams.log.required") }]}
      >
        <Select options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      </Form.Item>
      <Form.Item
        name="activity"
        label={t("teams.log.activity")}
        rules={[{ required: true, whitespace: true, message: t("teams.log.required") }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="place" label={t("teams.log.place")}>
        <Input maxLength={100} />
      </Form.Item>
      <div className="teams-log__when">
        <Form.Item
          name="date"
          label={t("teams.log.date")}
          rules={[{ required: true, message: t("teams.log.required") }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="start"
          label={t("teams.log.start")}
          rules={[{ required: true, message: t("teams.log.required") }]}
        >
          <Input type="time" />
        </Form.Item>
        <Form.Item
          name="end"
          label={t("teams.log.end")}
          rules={[{ required: true, message: t("teams.log.required") }]}
        >
          <Input type="time" />
        </Form.Item>
      </div>
      <ActionError failure={failure} fields={LOG_FIELDS} />
      {logged && (
        <p role="status" className="teams-log__done">
          {t("teams.log.done")}
        </p>
      )}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("teams.log.submit")}
      </Button>
    </Form>
  );
}

/** 志愿服务: activities open for sign-up, my verified hours, logging hours and their verification, and the teams I lead. */
export function TeamsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("teams.title"));
  const session = useSession();
  const personId = session?.user.personId ?? "";
  const calendar = useQuery(TEAMS_CALENDAR, { fetchPolicy: "cache-first" });
  const term = calendar.data?.campusCalendar.currentTerm ?? "";
  const mine = useQuery(MY_VOLUNTEER, {
    variables: { id: personId, term },
    skip: !personId || !term,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });

  if (!personId) return <EmptyText>{t("teams.noPerson")}</EmptyText>;
  if ((calendar.loading || mine.loading) && !mine.data) return <Loading />;
  const person = mine.data?.person;
  const teams = mine.data?.teams ?? [];
  if (!person && !mine.data?.teams)
    return <LoadError text={t("teams.failed")} retry={() => mine.refetch()} />;
  const led = teams.filter((team) => team.viewerRuns);
  const joined = teams.filter((team) => team.viewerIsMember);
  const service = person?.volunteerService;

  return (
    <div className="teams-page">
      <PageHeading>{t("teams.title")}</PageHeading>
      {led.length > 0 && (
        <Card
          size="small"
          title={<h2 className="teams-page__title">{t("teams.led")}</h2>}
          data-card="led"
        >
          <ul className="teams-page__list">
            {led.map((team) => (
              <li key={team.id} data-team={team.id}>
                <Link to={paths.team(team.id)}>{team.name}</Link>{" "}
                <Typography.Text type="secondary">{t(KIND_LABEL[team.kind])}</Typography.Text>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <OpenActivities />
      {person && (
        <>
          <ul className="counters" aria-label={t("teams.hours")}>
            <Counter name="term" value={person.termHours} label={t("teams.hours.term", { term })} />
            <Counter name="total" value={person.volunteerHours} label={t("teams.hours.total")} />
          </ul>
          <Card
            size="small"
            title={<h2 className="teams-page__title">{t("teams.log.title")}</h2>}
            data-card="log"
          >
            {joined.length === 0 ? (
              <EmptyText>{t("teams.noTeam")}</EmptyText>
            ) : (
              <LogForm teams={joined} onLogged={() => void mine.refetch()} />
            )}
          </Card>
          <Card
            size="small"
            title={<h2 className="teams-page__title">{t("teams.mine")}</h2>}
            data-card="records"
          >
            {!service || service.edges.length === 0 ? (
              <EmptyText>{t("teams.none")}</EmptyText>
            ) : (
              <ul className="teams-page__list">
                {service.edges.map(({ node }) => (
                  <li key={node.id} data-service={node.id} data-status={node.status}>
                    <div>
                      <strong>{node.activity}</strong>{" "}
                      <Tag color={STATUS_COLOR[node.status]}>{t(STATUS_LABEL[node.status])}</Tag>
                    </div>
                    <Typography.Text type="secondary">
                      {node.team.name} · {servedWhen(node.startsAt, node.endsAt)} ·{" "}
                      {t("teams.hoursOf", { hours: node.hours })}
                    </Typography.Text>
                    {node.reason && (
                      <p className="teams-page__reason">
                        {node.status === "REJECTED"
                          ? t("teams.rejectedBecause", { reason: node.reason })
                          : node.reason}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {service && (
              <LoadMore
                connection={service}
                loading={mine.loading}
                onLoad={(after) => void mine.fetchMore({ variables: { after } })}
              />
            )}
          </Card>
        </>
      )}
    </div>
  );
}

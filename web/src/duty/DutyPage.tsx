import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input, Select, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { VisitKind } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { weekdayKey } from "./dutyLabels";
import "./duty.css";

export const MY_DUTY = graphql(`
  query MyDuty($after: String) {
    myDuties {
      id
      role
      placeKind
      placeId
      weekday
      startTime
      endTime
      validUntil
    }
    myVisits(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          visitedOn
          notes
          roomId
          student {
            id
            name
          }
        }
      }
    }
  }
`);

/** The places whose rosters an administrator keeps. */
const DUTY_PLACES = graphql(`
  query DutyPlaces {
    grids(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    campuses {
      id
      buildings {
        id
        name
      }
    }
  }
`);

/** 值班表 of any grid or building, for administrators to open and edit. */
function RosterPicker() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const places = useQuery(DUTY_PLACES, { errorPolicy: "all" });
  const options = [
    ...(places.data?.grids.edges ?? []).map(({ node }) => ({
      value: paths.dutyRoster("GRID", node.id),
      label: `${t("duty.grid")} · ${node.name}`,
    })),
    ...(places.data?.campuses ?? []).flatMap((c) =>
      c.buildings.map((b) => ({
        value: paths.dutyRoster("BUILDING", b.id),
        label: `${t("duty.building")} · ${b.name}`,
      })),
    ),
  ];
  return (
    <Select
      showSearch
      optionFilterProp="label"
      placeholder={t("duty.rosterPick")}
      aria-label={t("duty.rosterPick")}
      loading={places.loading}
      options={options}
      onChange={(to: string) => void navigate(to)}
      style={{ width: "100%" }}
    />
  );
}

const DUTY_STUDENTS = graphql(`
  query DutyStudents($search: String) {
    roster(filter: { search: $search }, pageSize: 50) {
      nodes {
        id
        name
        number
      }
    }
  }
`);

const RECORD_VISIT = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
    }
  }
`);

const VISIT_FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.kind": "duty.record.kind",
  "input.studentId": "duty.record.student",
  "input.visitedOn": "duty.record.date",
  "input.notes": "duty.record.notes",
};

interface VisitValues {
  kind: VisitKind;
  studentId?: string;
  visitedOn: string;
  notes: string;
}

/** Today on campus (UTC+8), YYYY-MM-DD. */
const campusToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** 登记走访或谈话: about one of the students the caller's duty covers. */
function VisitForm({ onRecorded }: { onRecorded: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<VisitValues>();
  const [search, setSearch] = useState("");
  const students = useQuery(DUTY_STUDENTS, {
    variables: { search: search || null },
    errorPolicy: "all",
  });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const [record, { loading }] = useMutation(RECORD_VISIT);
  const submit = async (values: VisitValues) => {
    setFailure(null);
    setDone(false);
    const refused = await attempt(
      () =>
        record({
          variables: {
            input: {
              kind: values.kind,
              studentId: values.studentId ?? null,
              visitedOn: values.visitedOn,
              notes: values.notes,
            },
          },
          errorPolicy: "all",
        }),
      "recordVisit",
    );
    if (refused) return setFailure(refused);
    setDone(true);
    form.resetFields(["notes"]);
    onRecorded();
  };
  const kinds: VisitKind[] = ["DORM_VISIT", "TALK"];
  return (
    <Form<VisitValues>
      form={form}
      layout="vertical"
      aria-label={t("duty.record.title")}
      initialValues={{ kind: "DORM_VISIT", visitedOn: campusToday(), notes: "" }}
      onFinish={(values) => void submit(values)}
    >
      <div className="duty-form__row">
        <Form.Item name="kind" label={t("duty.record.kind")}>
          <Select options={kinds.map((k) => ({ value: k, label: label("VisitKind", k) }))} />
        </Form.Item>
        <Form.Item
          name="visitedOn"
          label={t("duty.record.date")}
          rules={[{ required: true, message: t("duty.required") }]}
        >
          <Input type="date" />
        </Form.Item>
      </div>
      <Form.Item
        name="studentId"
        label={t("duty.record.student")}
        rules={[{ required: true, message: t("duty.required") }]}
      >
        <Select
          showSearch
          filterOption={false}
          onSearch={setSearch}
          loading={students.loading}
          data-field="student"
          options={(students.data?.roster.nodes ?? []).map((s) => ({
            value: s.id,
            label: `${s.name}（${s.number ?? ""}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t("duty.record.notes")}
        rules={[{ required: true, whitespace: true, message: t("duty.required") }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <ActionError failure={failure} fields={VISIT_FIELDS} />
      {done && <p role="status">{t("duty.record.done")}</p>}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("duty.record.submit")}
      </Button>
    </Form>
  );
}

/** 值班与走访: my duty shifts (each linking to its place's roster), my visit log and the form. */
export function DutyPage() {
  const { t, label } = useI18n();
  useDocumentTitle(t("duty.title"));
  const admin = useSession()?.user.roles.includes("admin") ?? false;
  const mine = useQuery(MY_DUTY, { errorPolicy: "all", fetchPolicy: "cache-and-network" });
  if (mine.loading && !mine.data) return <Loading />;
  if (!mine.data) return <LoadError text={t("duty.failed")} retry={() => mine.refetch()} />;
  const { myDuties, myVisits } = mine.data;
  return (
    <div className="duty-page" data-page="duty">
      <PageHeading>{t("duty.title")}</PageHeading>
      {admin && (
        <Card
          size="small"
          title={<h2 className="duty-page__title">{t("duty.rosterLink")}</h2>}
          data-card="rosters"
        >
          <RosterPicker />
        </Card>
      )}
      <Card
        size="small"
        title={<h2 className="duty-page__title">{t("duty.mine")}</h2>}
        data-card="duties"
      >
        {myDuties.length === 0 ? (
          <EmptyText>{t("duty.none")}</EmptyText>
        ) : (
          <ul className="duty-page__list">
            {myDuties.map((d) => (
              <li key={d.id} data-shift={d.id}>
                <strong>
                  {t(weekdayKey(d.weekday))} {d.startTime}–{d.endTime}
                </strong>{" "}
                <Tag>{label("StaffRole", d.role)}</Tag>
                <Link to={paths.dutyRoster(d.placeKind, d.placeId)}>
                  {t(d.placeKind === "GRID" ? "duty.grid" : "duty.building")} ·{" "}
                  {t("duty.rosterLink")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        size="small"
        title={<h2 className="duty-page__title">{t("duty.record.title")}</h2>}
        data-card="record"
      >
        <VisitForm onRecorded={() => void mine.refetch()} />
      </Card>
      <Card
        size="small"
        title={<h2 className="duty-page__title">{t("duty.visits")}</h2>}
        data-card="visits"
      >
        {myVisits.edges.length === 0 ? (
          <EmptyText>{t("duty.visits.none")}</EmptyText>
        ) : (
          <ul className="duty-page__list">
            {myVisits.edges.map(({ node }) => (
              <li key={node.id} data-visit={node.id}>
                <div>
                  <Tag>{label("VisitKind", node.kind)}</Tag> {node.visitedOn}{" "}
                  {node.student ? (
                    <Link to={paths.person(node.student.id)}>{node.student.name}</Link>
                  ) : (
                    <Typography.Text type="secondary">{t("duty.visits.room")}</Typography.Text>
                  )}
                </div>
                <p className="duty-page__notes">{node.notes ?? t("duty.visits.notesHidden")}</p>
              </li>
            ))}
          </ul>
        )}
        <LoadMore
          connection={myVisits}
          loading={mine.loading}
          onLoad={(after) => void mine.fetchMore({ variables: { after } })}
        />
      </Card>
    </div>
  );
}

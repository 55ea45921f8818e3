import { useMutation, useQuery } from "@apollo/client";
import {
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { ActivitySummary, SIGN_UP_LABEL, SignUpControl } from "./activityParts";
import { campusDate } from "./teamLabels";

export const TEAM_ACTIVITIES = graphql(`
  query TeamVolunteerActivities($id: ID!) {
    team(id: $id) {
      id
      viewerOrganises
      viewerIsMember
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
        viewerSignUp {
          id
          state
        }
      }
    }
  }
`);

/** Who signed up: personal data, for the team's leader, cadres and administrators only. */
export const ACTIVITY_SIGN_UPS = graphql(`
  query VolunteerActivitySignUps($id: ID!) {
    volunteerActivity(id: $id) {
      id
      signUps {
        id
        state
        person {
          id
          name
          number
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateVolunteerActivity($input: CreateVolunteerActivityInput!) {
    createVolunteerActivity(input: $input) {
      id
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelVolunteerActivity($input: VolunteerActivityIdInput!) {
    cancelVolunteerActivity(input: $input) {
      id
      state
    }
  }
`);

const CHECK_IN = graphql(`
  mutation CheckInVolunteer($input: VolunteerSignUpIdInput!) {
    checkInVolunteer(input: $input) {
      id
      state
      service {
        id
        status
      }
    }
  }
`);

/** Where an activity may be: the campus's buildings, and the grids of the one chosen (organisation's, public). */
export const ACTIVITY_PLACES = graphql(`
  query VolunteerActivityPlaces($buildingId: ID, $withGrids: Boolean!) {
    campuses {
      id
      name
      buildings {
        id
        name
      }
    }
    grids(first: 100, filter: { buildingId: $buildingId }) @include(if: $withGrids) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CREATE_FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.title": "teams.activities.title",
  "input.place": "teams.activities.place",
  "input.gridId": "teams.activities.grid",
  "input.startsAt": "teams.activities.startTime",
  "input.endsAt": "teams.activities.endTime",
  "input.slots": "teams.activities.slotsLabel",
};

interface CreateValues {
  title: string;
  place: string;
  buildingId?: string;
  gridId?: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  slots: number;
  openToAllStudents: boolean;
}

/** An instant from a campus date and a time of day (UTC+8). */
const instant = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

/**
 * 发布活动: what, where (a place by name, a grid picked by building, or both), from when to when
 * (a date and a time each, so an evening activity may end after midnight), how many. The form
 * checks that the end follows the start; the server checks it again, and the rest.
 */
function CreateForm({ teamId, onCreated }: { teamId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<CreateValues>();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [create, { loading }] = useMutation(CREATE);
  const buildingId = Form.useWatch("buildingId", form);
  const places = useQuery(ACTIVITY_PLACES, {
    variables: { buildingId: buildingId ?? null, withGrids: Boolean(buildingId) },
    errorPolicy: "all",
  });
  const buildings =
    places.data?.campuses.flatMap((c) =>
      c.buildings.map((b) => ({ value: b.id, label: `${c.name} ${b.name}` })),
    ) ?? [];
  const grids =
    (buildingId &&
      places.data?.grids?.edges.map((e) => ({ value: e.node.id, label: e.node.name }))) ||
    [];
  const submit = async (values: CreateValues) => {
    setFailure(null);
    const refused = await attempt(
      () =>
        create({
          variables: {
            input: {
              teamId,
              title: values.title,
              place: values.place?.trim() || null,
              gridId: values.gridId || null,
              startsAt: instant(values.startDate, values.startTime),
              endsAt: instant(values.endDate, values.endTime),
              slots: values.slots,
              openToAllStudents: values.openToAllStudents,
            },
          },
          errorPolicy: "all",
        }),
      "createVolunteerActivity",
    );
    if (refused) return setFailure(refused);
    form.resetFields(["title", "place", "buildingId", "gridId", "startTime", "endTime"]);
    onCreated();
  };
  const required = { required: true, message: t("teams.log.required") };
  const today = campusDate();
  return (
    <Form<CreateValues>
      form={form}
      layout="vertical"
      className="teams-log"
      aria-label={t("teams.activities.new")}
      initialValues={{
        startDate: today,
        endDate: today,
        slots: 10,
        openToAllStudents: false,
        place: "",
      }}
      onValuesChange={(changed: Partial<CreateValues>) => {
        // A new start day moves the end day with it; past midnight, the organiser then picks the next day.
        if (changed.startDate) form.setFieldValue("endDate", changed.startDate);
        if ("buildingId" in changed) form.setFieldValue("gridId", undefined);
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="title"
        label={t("teams.activities.title")}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="place"
        label={t("teams.activities.place")}
        extra={t("teams.activities.placeHint")}
        dependencies={["gridId"]}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              value?.trim() || getFieldValue("gridId")
                ? Promise.resolve()
                : Promise.reject(new Error(t("teams.activities.whereRequired"))),
          }),
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <div className="teams-log__when">
        <Form.Item
          name="buildingId"
          label={t("teams.activities.building")}
          htmlFor="activity-building"
        >
          <Select
            id="activity-building"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            loading={places.loading}
            options={buildings}
            data-field="building"
          />
        </Form.Item>
        <Form.Item name="gridId" label={t("teams.activities.grid")} htmlFor="activity-grid">
          <Select
            id="activity-grid"
            allowClear
            disabled={!buildingId}
            placeholder={buildingId ? undefined : t("teams.activities.gridPick")}
            showSearch={{ optionFilterProp: "label" }}
            options={grids}
            data-field="grid"
          />
        </Form.Item>
      </div>
      <div className="teams-log__when">
        <Form.Item name="startDate" label={t("teams.activities.startDate")} rules={[required]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="startTime" label={t("teams.activities.startTime")} rules={[required]}>
          <Input type="time" />
        </Form.Item>
      </div>
      <div className="teams-log__when">
        <Form.Item name="endDate" label={t("teams.activities.endDate")} rules={[required]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="endTime"
          label={t("teams.activities.endTime")}
          dependencies={["startDate", "startTime", "endDate"]}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) => {
                const [day, from, until] = [
                  getFieldValue("startDate") as string | undefined,
                  getFieldValue("startTime") as string | undefined,
                  getFieldValue("endDate") as string | undefined,
                ];
                if (!value || !day || !from || !until) return Promise.resolve();
                return Date.parse(instant(until, value)) > Date.parse(instant(day, from))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("teams.activities.endAfterStart")));
              },
            }),
          ]}
        >
          <Input type="time" />
        </Form.Item>
      </div>
      <Form.Item name="slots" label={t("teams.activities.slotsLabel")} rules={[required]}>
        <InputNumber min={1} max={200} precision={0} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="openToAllStudents" valuePropName="checked">
        <Checkbox>{t("teams.activities.openToAllHint")}</Checkbox>
      </Form.Item>
      <ActionError failure={failure} fields={CREATE_FIELDS} />
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("teams.activities.create")}
      </Button>
    </Form>
  );
}

/** The organiser's view of one activity's sign-ups, with check-in (签到) once it has started. */
function SignUps({
  activityId,
  started,
  onCheckedIn,
}: {
  activityId: string;
  started: boolean;
  onCheckedIn: () => void;
}) {
  const { t } = useI18n();
  const list = useQuery(ACTIVITY_SIGN_UPS, {
    variables: { id: activityId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  // The leader's queue reads the hours a check-in records: it is reread with the list.
  const [checkIn, checking] = useMutation(CHECK_IN, { refetchQueries: ["TeamQueue"] });
  const rows = list.data?.volunteerActivity.signUps;
  if (list.loading && !rows) return <Loading />;
  if (!rows) return <LoadError text={t("teams.activities.failed")} retry={() => list.refetch()} />;
  if (rows.length === 0) return <EmptyText>{t("teams.activities.noSignUps")}</EmptyText>;
  return (
    <>
      <ul
        className="teams-page__list teams-activity__sign-ups"
        aria-label={t("teams.activities.signUps")}
      >
        {rows.map((row) => (
          <li key={row.id} data-sign-up={row.id} data-person={row.person.id} data-state={row.state}>
            {row.person.name}{" "}
            <Typography.Text type="secondary">{row.person.number}</Typography.Text>{" "}
            <Tag color={row.state === "CHECKED_IN" ? "success" : "processing"}>
              {t(SIGN_UP_LABEL[row.state])}
            </Tag>
            {row.state === "SIGNED_UP" && started && (
              <Button
                size="small"
                loading={checking.loading}
                onClick={() =>
                  void attempt(
                    () =>
                      checkIn({ variables: { input: { signUpId: row.id } }, errorPolicy: "all" }),
                    "checkInVolunteer",
                  ).then((refused) => {
                    setFailure(refused);
                    void list.refetch();
                    if (!refused) onCheckedIn();
                  })
                }
              >
                {t("teams.activities.checkIn")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ActionError failure={failure} />
    </>
  );
}

/** A team's volunteer activities: sign-up for its members; announce, cancel and check in for its organisers. */
export function TeamActivities({
  teamId,
  onCheckedIn,
}: {
  teamId: string;
  onCheckedIn: () => void;
}) {
  const { t } = useI18n();
  const query = useQuery(TEAM_ACTIVITIES, {
    variables: { id: teamId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [cancel] = useMutation(CANCEL);
  const team = query.data?.team;
  const rows = team?.volunteerActivities;
  const organises = team?.viewerOrganises ?? false;
  const now = Date.now();
  let body;
  if (query.loading && !rows) body = <Loading />;
  else if (!rows)
    body = <LoadError text={t("teams.activities.failed")} retry={() => query.refetch()} />;
  else if (rows.length === 0) body = <EmptyText>{t("teams.activities.none")}</EmptyText>;
  else
    body = (
      <ul className="teams-page__list">
        {rows.map((activity) => {
          const started = new Date(activity.startsAt).getTime() <= now;
          return (
            <li key={activity.id} data-activity={activity.id}>
              <ActivitySummary activity={activity} />
              {(team?.viewerIsMember || activity.viewerSignUp) && (
                <SignUpControl activity={activity} onChanged={() => void query.refetch()} />
              )}
              {organises && activity.state === "OPEN" && (
                <div className="teams-activity__actions">
                  <Space wrap>
                    <Button
                      size="small"
                      onClick={() => setOpen(open === activity.id ? null : activity.id)}
                    >
                      {t(
                        open === activity.id
                          ? "teams.activities.hideSignUps"
                          : "teams.activities.showSignUps",
                      )}
                    </Button>
                    {!started && (
                      <Button
                        size="small"
                        danger
                        onClick={() =>
                          void attempt(
                            () =>
                              cancel({
                                variables: { input: { activityId: activity.id } },
                                errorPolicy: "all",
                              }),
                            "cancelVolunteerActivity",
                          ).then((refused) => {
                            setFailure(refused);
                            void query.refetch();
                          })
                        }
                      >
                        {t("teams.activities.cancel")}
                      </Button>
                    )}
                  </Space>
                </div>
              )}
              {organises && open === activity.id && (
                <SignUps
                  activityId={activity.id}
                  started={started}
                  onCheckedIn={() => {
                    void query.refetch();
                    onCheckedIn();
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    );
  return (
    <Card
      size="small"
      title={<h2 className="teams-page__title">{t("teams.activities.teamTitle")}</h2>}
      extra={
        organises && (
          <Button size="small" onClick={() => setCreating(!creating)}>
            {t(creating ? "teams.queue.cancel" : "teams.activities.new")}
          </Button>
        )
      }
      data-card="activities"
    >
      {organises && creating && (
        <CreateForm
          teamId={teamId}
          onCreated={() => {
            setCreating(false);
            void query.refetch();
          }}
        />
      )}
      <ActionError failure={failure} />
      {body}
    </Card>
  );
}

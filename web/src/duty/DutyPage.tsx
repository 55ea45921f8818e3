import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input, Select, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { DutyPlace, VisitKind } from "../generated/graphql";
import { useDuties } from "../home/duties";
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
          room {
            id
            number
            building {
              id
              name
            }
          }
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

/** A grid's or a building's rooms, for the visit form's room picker (organisation's, public). */
export const PLACE_ROOMS = graphql(`
  query DutyPlaceRooms($id: ID!, $grid: Boolean!) {
    grid(id: $id) @include(if: $grid) {
      id
      rooms {
        id
        number
        floor
      }
    }
    building(id: $id) @skip(if: $grid) {
      id
      rooms {
        id
        number
        floor
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
  "input.roomId": "duty.record.room",
  "input.visitedOn": "duty.record.date",
  "input.notes": "duty.record.notes",
};

interface VisitValues {
  kind: VisitKind;
  studentId?: string;
  place?: string;
  roomId?: string;
  visitedOn: string;
  notes: string;
}

/** Today on campus (UTC+8), YYYY-MM-DD. */
const campusToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

interface ServedPlace {
  kind: DutyPlace;
  id: string;
}

/**
 * The grids and buildings whose rooms the caller may visit: those of their running assignments and
 * roster shifts (what the server checks), or every one for an administrator; named from the
 * campus's grids and buildings.
 */
function useVisitPlaces(shifts: readonly ServedPlace[], admin: boolean) {
  const { t } = useI18n();
  const { duties } = useDuties();
  const places = useQuery(DUTY_PLACES, { errorPolicy: "all" });
  const gridNames = new Map(
    (places.data?.grids.edges ?? []).map(({ node }) => [node.id, node.name]),
  );
  const buildingNames = new Map(
    (places.data?.campuses ?? []).flatMap((c) => c.buildings.map((b) => [b.id, b.name] as const)),
  );
  const served: ServedPlace[] = admin
    ? [
        ...[...gridNames.keys()].map((id) => ({ kind: "GRID" as const, id })),
        ...[...buildingNames.keys()].map((id) => ({ kind: "BUILDING" as const, id })),
      ]
    : [
        ...duties.flatMap((d) =>
          d.targetKind === "GRID" || d.targetKind === "BUILDING"
            ? [{ kind: d.targetKind, id: d.targetId }]
            : [],
        ),
        ...shifts,
      ];
  const seen = new Set<string>();
  return served.flatMap((p) => {
    const value = `${p.kind}:${p.id}`;
    if (seen.has(value)) return [];
    seen.add(value);
    const name = (p.kind === "GRID" ? gridNames : buildingNames).get(p.id) ?? p.id.slice(0, 8);
    return [{ value, label: `${t(p.kind === "GRID" ? "duty.grid" : "duty.building")} · ${name}` }];
  });
}

/** The rooms of the chosen grid or building, by floor and number. */
function RoomSelect({
  place,
  id: inputId,
  value,
  onChange,
}: {
  place: string | undefined;
  id?: string;
  value?: string;
  onChange?: (roomId: string | undefined) => void;
}) {
  const [kind, id] = place ? place.split(":") : [];
  const rooms = useQuery(PLACE_ROOMS, {
    variables: { id: id ?? "", grid: kind === "GRID" },
    skip: !id,
    errorPolicy: "all",
  });
  const list = (kind === "GRID" ? rooms.data?.grid?.rooms : rooms.data?.building?.rooms) ?? [];
  return (
    <Select
      id={inputId}
      showSearch
      allowClear
      optionFilterProp="label"
      disabled={!place}
      loading={rooms.loading}
      value={value}
      onChange={(room?: string) => onChange?.(room)}
      data-field="room"
      options={list.map((r) => ({ value: r.id, label: r.number }))}
    />
  );
}

/**
 * 登记走访或谈话: about one of the students the caller's duty covers, a room in a grid or building
 * they serve, or both (a student is needed only without a room).
 */
function VisitForm({
  shifts,
  admin,
  onRecorded,
}: {
  shifts: readonly ServedPlace[];
  admin: boolean;
  onRecorded: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<VisitValues>();
  const [search, setSearch] = useState("");
  const students = useQuery(DUTY_STUDENTS, {
    variables: { search: search || null },
    errorPolicy: "all",
  });
  const places = useVisitPlaces(shifts, admin);
  const place = Form.useWatch("place", form);
  const roomId = Form.useWatch("roomId", form);
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
              roomId: values.roomId ?? null,
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
      <div className="duty-form__row">
        <Form.Item name="place" label={t("duty.record.place")}>
          <Select
            showSearch
            allowClear
            optionFilterProp="label"
            data-field="place"
            options={places}
            onChange={() => form.setFieldValue("roomId", undefined)}
          />
        </Form.Item>
        <Form.Item name="roomId" label={t("duty.record.room")}>
          <RoomSelect place={place} />
        </Form.Item>
      </div>
      <Form.Item
        name="studentId"
        label={t("duty.record.student")}
        extra={t("duty.record.studentOrRoom")}
        dependencies={["roomId"]}
        rules={[{ required: !roomId, message: t("duty.record.studentOrRoomNeeded") }]}
      >
        <Select
          showSearch
          allowClear
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
        <VisitForm
          shifts={myDuties.map((d) => ({ kind: d.placeKind, id: d.placeId }))}
          admin={admin}
          onRecorded={() => void mine.refetch()}
        />
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
                  {node.room && (
                    <span data-room={node.room.id}>
                      {t("duty.visits.roomName", {
                        building: node.room.building.name,
                        number: node.room.number,
                      })}{" "}
                    </span>
                  )}
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

import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input, Select, Tag } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { DutyPlace, StaffRole } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { weekdayKey } from "./dutyLabels";
import "./duty.css";

/** A shift as the roster shows it (its fragment, spread by both places' queries). */
export const DutyShiftRow_shift = graphql(`
  fragment DutyShiftRow on DutyShift {
    id
    role
    weekday
    startTime
    endTime
    validFrom
    validUntil
    person {
      id
      name
    }
  }
`);

export const GRID_DUTY = graphql(`
  query GridDuty($id: ID!) {
    grid(id: $id) {
      id
      name
      staffOnDuty {
        ...DutyShiftRow
      }
      dutyRoster {
        ...DutyShiftRow
      }
    }
  }
`);

export const BUILDING_DUTY = graphql(`
  query BuildingDuty($id: ID!) {
    building(id: $id) {
      id
      name
      staffOnDuty {
        ...DutyShiftRow
      }
      dutyRoster {
        ...DutyShiftRow
      }
    }
  }
`);

const DUTY_STAFF = graphql(`
  query DutyStaff($search: String) {
    people(first: 50, filter: { kind: STAFF, search: $search }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ADD_SHIFT = graphql(`
  mutation AddDutyShift($input: AddDutyShiftInput!) {
    addDutyShift(input: $input) {
      id
    }
  }
`);

const END_SHIFT = graphql(`
  mutation EndDutyShift($id: ID!, $lastDay: LocalDate!) {
    endDutyShift(id: $id, lastDay: $lastDay) {
      id
      validUntil
    }
  }
`);

/** Duties served in grids and buildings (the lines' roles and the community's own posts). */
const PLACE_ROLES: StaffRole[] = [
  "COUNSELOR",
  "GRID_LEADER",
  "BUILDING_LEADER",
  "MENTOR",
  "PSYCHOLOGY_TEACHER",
  "ACADEMIC_AFFAIRS",
  "OFFICE_CADRE",
  "LOGISTICS",
  "SECURITY",
];

const SHIFT_FORM_FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.personId": "duty.roster.person",
  "input.role": "duty.roster.role",
  "input.weekday": "duty.roster.weekdayLabel",
  "input.startTime": "duty.roster.start",
  "input.endTime": "duty.roster.end.time",
  "input.validFrom": "duty.roster.from",
};

interface ShiftValues {
  personId?: string;
  role: StaffRole;
  weekday: number;
  startTime: string;
  endTime: string;
  validFrom: string;
}

const campusToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

function AddShiftForm({
  placeKind,
  placeId,
  onAdded,
}: {
  placeKind: DutyPlace;
  placeId: string;
  onAdded: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<ShiftValues>();
  const [search, setSearch] = useState("");
  const staff = useQuery(DUTY_STAFF, { variables: { search: search || null }, errorPolicy: "all" });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const [add, { loading }] = useMutation(ADD_SHIFT);
  const submit = async (values: ShiftValues) => {
    setFailure(null);
    setDone(false);
    const refused = await attempt(
      () =>
        add({
          variables: {
            input: {
              personId: values.personId ?? "",
              role: values.role,
              placeKind,
              placeId,
              weekday: Number(values.weekday),
              startTime: values.startTime,
              endTime: values.endTime,
              validFrom: values.validFrom,
            },
          },
          errorPolicy: "all",
        }),
      "addDutyShift",
    );
    if (refused) return setFailure(refused);
    setDone(true);
    onAdded();
  };
  return (
    <Form<ShiftValues>
      form={form}
      layout="vertical"
      aria-label={t("duty.roster.add")}
      initialValues={{
        role: placeKind === "GRID" ? "GRID_LEADER" : "BUILDING_LEADER",
        weekday: 1,
        startTime: "08:00",
        endTime: "12:00",
        validFrom: campusToday(),
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="personId"
        label={t("duty.roster.person")}
        rules={[{ required: true, message: t("duty.required") }]}
      >
        <Select
          showSearch
          filterOption={false}
          onSearch={setSearch}
          data-field="person"
          options={(staff.data?.people.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: node.name,
          }))}
        />
      </Form.Item>
      <div className="duty-form__row">
        <Form.Item name="role" label={t("duty.roster.role")}>
          <Select options={PLACE_ROLES.map((r) => ({ value: r, label: label("StaffRole", r) }))} />
        </Form.Item>
        <Form.Item name="weekday" label={t("duty.roster.weekdayLabel")}>
          <Select
            options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
              value: d,
              label: t(weekdayKey(d)),
            }))}
          />
        </Form.Item>
      </div>
      <div className="duty-form__row">
        <Form.Item name="startTime" label={t("duty.roster.start")}>
          <Input type="time" />
        </Form.Item>
        <Form.Item name="endTime" label={t("duty.roster.end.time")}>
          <Input type="time" />
        </Form.Item>
        <Form.Item name="validFrom" label={t("duty.roster.from")}>
          <Input type="date" />
        </Form.Item>
      </div>
      <ActionError failure={failure} fields={SHIFT_FORM_FIELDS} />
      {done && <p role="status">{t("duty.roster.added")}</p>}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("duty.roster.submit")}
      </Button>
    </Form>
  );
}

/** 值班表: a grid's or building's duty roster, who is on duty now, and (administrators) its editing. */
export function DutyRosterPage() {
  const { t, label } = useI18n();
  const { kind = "", id = "" } = useParams();
  const placeKind: DutyPlace = kind === "building" ? "BUILDING" : "GRID";
  useDocumentTitle(t("duty.roster.title"));
  const admin = useSession()?.user.roles.includes("admin") ?? false;
  const grid = useQuery(GRID_DUTY, {
    variables: { id },
    skip: placeKind !== "GRID",
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const building = useQuery(BUILDING_DUTY, {
    variables: { id },
    skip: placeKind !== "BUILDING",
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const [end] = useMutation(END_SHIFT);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const query = placeKind === "GRID" ? grid : building;
  const place = placeKind === "GRID" ? grid.data?.grid : building.data?.building;
  if (query.loading && !place) return <Loading />;
  if (!place) return <LoadError text={t("duty.failed")} retry={() => query.refetch()} />;
  const refetch = () => void query.refetch();
  const endShift = async (shiftId: string) => {
    setFailure(null);
    const refused = await attempt(
      () => end({ variables: { id: shiftId, lastDay: campusToday() }, errorPolicy: "all" }),
      "endDutyShift",
    );
    if (refused) setFailure(refused);
    refetch();
  };
  return (
    <div className="duty-page" data-page="duty-roster">
      <PageHeading>
        {place.name} · {t("duty.roster.title")}
      </PageHeading>
      <Card
        size="small"
        title={<h2 className="duty-page__title">{t("duty.roster.now")}</h2>}
        data-card="now"
      >
        {place.staffOnDuty.length === 0 ? (
          <EmptyText>{t("duty.roster.nobodyNow")}</EmptyText>
        ) : (
          <ul className="duty-page__list">
            {place.staffOnDuty.map((s) => (
              <li key={s.id}>
                {s.person.name} <Tag>{label("StaffRole", s.role)}</Tag> {s.startTime}–{s.endTime}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        size="small"
        title={<h2 className="duty-page__title">{t("duty.roster.title")}</h2>}
        data-card="roster"
      >
        {place.dutyRoster.length === 0 ? (
          <EmptyText>{t("duty.roster.none")}</EmptyText>
        ) : (
          <ul className="duty-page__list">
            {place.dutyRoster.map((s) => (
              <li key={s.id} data-shift={s.id}>
                <strong>
                  {t(weekdayKey(s.weekday))} {s.startTime}–{s.endTime}
                </strong>{" "}
                {s.person.name} <Tag>{label("StaffRole", s.role)}</Tag>
                {s.validUntil ? (
                  <Tag>
                    {t("duty.roster.ended")} {s.validUntil}
                  </Tag>
                ) : (
                  admin && (
                    <Button size="small" onClick={() => void endShift(s.id)}>
                      {t("duty.roster.end")}
                    </Button>
                  )
                )}
              </li>
            ))}
          </ul>
        )}
        <ActionError failure={failure} fields={{}} />
      </Card>
      {admin && (
        <Card
          size="small"
          title={<h2 className="duty-page__title">{t("duty.roster.add")}</h2>}
          data-card="add"
        >
          <AddShiftForm placeKind={placeKind} placeId={id} onAdded={refetch} />
        </Card>
      )}
    </div>
  );
}

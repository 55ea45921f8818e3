import { useMutation, useQuery } from "@apollo/client";
import { Button, DatePicker, Form, Input, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { campusIsoDate } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";
import { EmptyText, Loading } from "../ui/feedback";
import { PersonPicker, type PickedPerson } from "./PersonPicker";

export const BUILDINGS = graphql(`
  query AdminBuildings {
    campuses {
      id
      name
      buildings {
        id
        name
      }
    }
  }
`);

export const BUILDING_ROOMS = graphql(`
  query AdminBuildingRooms($id: ID!) {
    building(id: $id) {
      id
      rooms {
        id
        number
        floor
        capacity
      }
    }
  }
`);

/** The person's current residence (RESIDENCE: read, and so logged, as any read of it). */
export const CURRENT_RESIDENCE = graphql(`
  query AdminCurrentResidence($id: ID!) {
    person(id: $id) {
      id
      residence {
        id
        bed
        movedInOn
        room {
          id
          number
          building {
            id
            name
          }
        }
      }
    }
  }
`);

export const MOVE_IN = graphql(`
  mutation AdminMoveIn($input: MoveInInput!) {
    moveIn(input: $input) {
      id
    }
  }
`);

export const MOVE_OUT = graphql(`
  mutation AdminMoveOut($id: ID!, $on: LocalDate!) {
    moveOut(residenceId: $id, movedOutOn: $on) {
      id
    }
  }
`);

interface MoveInValues {
  person?: PickedPerson | null;
  buildingId?: string;
  roomId?: string;
  bed?: string;
  movedInOn?: Dayjs | null;
}

/** 住宿: give a student a bed, and end a residence; a department's whole file on the import page. */
export function ResidencesTab() {
  const { t } = useI18n();
  return (
    <div className="admin-tab" data-tab="residences">
      <p>
        <Link to={paths.residenceImport()} data-residence-import-link>
          {t("admin.residence.import")}
        </Link>
      </p>
      <MoveInForm />
      <MoveOutForm />
    </div>
  );
}

function MoveInForm() {
  const { t } = useI18n();
  const [form] = Form.useForm<MoveInValues>();
  const [failure, report] = useFormRefusal(form, { personId: "person" });
  const [moveIn, { loading }] = useMutation(MOVE_IN, { errorPolicy: "all" });
  const [done, setDone] = useState(false);
  const buildings = useQuery(BUILDINGS);
  const buildingId = Form.useWatch("buildingId", form);
  const rooms = useQuery(BUILDING_ROOMS, {
    variables: { id: buildingId ?? "" },
    skip: !buildingId,
  });
  return (
    <section className="admin-form" data-form="move-in">
      <h2 className="admin-tab__title">{t("admin.residence.moveIn")}</h2>
      <Form<MoveInValues>
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<MoveInValues>) => {
          setDone(false);
          if ("buildingId" in changed) form.setFieldsValue({ roomId: undefined });
        }}
        onFinish={(v) => {
          void (async () => {
            const failed = await attempt(
              () =>
                moveIn({
                  variables: {
                    input: {
                      personId: v.person?.id ?? "",
                      roomId: v.roomId ?? "",
                      bed: v.bed ?? "",
                      movedInOn: v.movedInOn?.format("YYYY-MM-DD") ?? "",
                    },
                  },
                }),
              "moveIn",
            );
            report(failed);
            if (!failed) {
              setDone(true);
              form.resetFields();
            }
          })();
        }}
      >
        <Form.Item
          name="person"
          label={t("admin.residence.student")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <PersonPicker kind="STUDENT" />
        </Form.Item>
        <Form.Item
          name="buildingId"
          label={t("admin.residence.building")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={(buildings.data?.campuses ?? []).flatMap((c) =>
              c.buildings.map((b) => ({ value: b.id, label: `${c.name} · ${b.name}` })),
            )}
          />
        </Form.Item>
        <Form.Item
          name="roomId"
          label={t("admin.residence.room")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            disabled={!buildingId}
            loading={rooms.loading}
            options={(rooms.data?.building?.rooms ?? []).map((r) => ({
              value: r.id,
              label: t("admin.residence.roomLabel", {
                number: r.number,
                floor: r.floor,
                capacity: r.capacity,
              }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="bed"
          label={t("admin.residence.bed")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="movedInOn"
          label={t("admin.residence.movedInOn")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <DatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t("admin.residence.moveInButton")}
        </Button>
        {done && (
          <p className="admin-done" role="status">
            {t("admin.residence.movedIn")}
          </p>
        )}
        <ActionError
          failure={failure}
          fields={{ personId: "admin.residence.student", roomId: "admin.residence.room" }}
        />
      </Form>
    </section>
  );
}

function MoveOutForm() {
  const { t } = useI18n();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [day, setDay] = useState<Dayjs | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const current = useQuery(CURRENT_RESIDENCE, {
    variables: { id: person?.id ?? "" },
    skip: !person,
    errorPolicy: "all",
    fetchPolicy: "network-only",
  });
  const [moveOut, { loading }] = useMutation(MOVE_OUT, { errorPolicy: "all" });
  const residence = current.data?.person?.residence;
  return (
    <section className="admin-form" data-form="move-out">
      <h2 className="admin-tab__title">{t("admin.residence.moveOut")}</h2>
      <label className="admin-inline-field">
        <span>{t("admin.residence.student")}</span>
        <PersonPicker
          kind="STUDENT"
          value={person}
          onChange={(p) => {
            setPerson(p);
            setDone(false);
            setFailure(null);
          }}
        />
      </label>
      {person &&
        (current.loading ? (
          <Loading />
        ) : !residence ? (
          <EmptyText>{t("admin.residence.none")}</EmptyText>
        ) : (
          <div data-residence={residence.id}>
            <p>
              {t("admin.residence.current", {
                building: residence.room?.building.name ?? "",
                room: residence.room?.number ?? "",
                bed: residence.bed ?? "",
                since: residence.movedInOn ?? "",
              })}
            </p>
            <Space wrap>
              <DatePicker
                aria-label={t("admin.residence.movedOutOn")}
                value={day}
                onChange={(d: Dayjs | null) => setDay(d)}
              />
              <Button
                danger
                loading={loading}
                onClick={() => {
                  void (async () => {
                    const on = day ? day.format("YYYY-MM-DD") : campusIsoDate(new Date());
                    const failed = await attempt(
                      () => moveOut({ variables: { id: residence.id, on } }),
                      "moveOut",
                    );
                    setFailure(failed);
                    if (!failed) {
                      setDone(true);
                      void current.refetch();
                    }
                  })();
                }}
              >
                {t("admin.residence.moveOutButton")}
              </Button>
            </Space>
          </div>
        ))}
      {done && (
        <p className="admin-done" role="status">
          {t("admin.residence.movedOut")}
        </p>
      )}
      <ActionError failure={failure} />
    </section>
  );
}

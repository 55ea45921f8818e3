import { useMutation, useQuery } from "@apollo/client";
import { Button, DatePicker, Form, Input, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { graphql } from "../generated";
import type {
  AdminAssignmentTargetsQuery,
  AssignmentTarget,
  StaffRole,
} from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { campusIsoDate } from "../i18n/format";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";
import { PersonPicker, type PickedPerson } from "./PersonPicker";

export const STAFF_ASSIGNMENTS = graphql(`
  query AdminStaffAssignments($filter: StaffAssignmentFilter) {
    staffAssignments(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          role
          targetKind
          targetId
          startsOn
          endsOn
          person {
            id
            name
            number
          }
        }
      }
    }
  }
`);

/** What a duty can cover, by name: grids, buildings and units (branches, schools, colleges). */
export const ASSIGNMENT_TARGETS = graphql(`
  query AdminAssignmentTargets {
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
      name
      buildings {
        id
        name
      }
    }
    orgUnits {
      id
      name
      kind
    }
  }
`);

export const ASSIGN_STAFF = graphql(`
  mutation AdminAssignStaff($input: AssignStaffInput!) {
    assignStaff(input: $input) {
      id
    }
  }
`);

export const END_STAFF_ASSIGNMENT = graphql(`
  mutation AdminEndStaffAssignment($id: ID!, $endsOn: LocalDate!) {
    endStaffAssignment(id: $id, endsOn: $endsOn) {
      id
      endsOn
    }
  }
`);

const ROLES: readonly StaffRole[] = [
  "COUNSELOR",
  "CLASS_ADVISER",
  "GRID_LEADER",
  "BUILDING_LEADER",
  "BRANCH_SECRETARY",
  "COLLEGE_ADMIN",
  "SCHOOL_ADMIN",
  "MENTOR",
  "PSYCHOLOGY_TEACHER",
  "ORGANISER",
  "ACADEMIC_AFFAIRS",
  "OFFICE_CADRE",
  "LOGISTICS",
  "SECURITY",
];
/** What each duty may cover (the server's rule, repeated only to offer the fitting choices). */
const TARGETS: Record<StaffRole, readonly AssignmentTarget[]> = {
  COUNSELOR: ["CLASS", "GRID"],
  CLASS_ADVISER: ["CLASS"],
  GRID_LEADER: ["GRID"],
  BUILDING_LEADER: ["BUILDING"],
  BRANCH_SECRETARY: ["BRANCH"],
  COLLEGE_ADMIN: ["UNIT"],
  SCHOOL_ADMIN: ["UNIT"],
  MENTOR: ["CLASS", "GRID"],
  PSYCHOLOGY_TEACHER: ["GRID", "BUILDING"],
  ORGANISER: ["BRANCH"],
  ACADEMIC_AFFAIRS: ["GRID", "BUILDING"],
  OFFICE_CADRE: ["GRID", "BUILDING"],
  LOGISTICS: ["GRID", "BUILDING"],
  SECURITY: ["GRID", "BUILDING"],
};
const BRANCH_KINDS = ["GENERAL_BRANCH", "JOINT_BRANCH", "TEMPORARY_BRANCH", "PARTY_COMMITTEE"];

export const roleKey = (role: StaffRole) => `enum.StaffRole.${role}` as MessageKey;
const targetKey = (kind: AssignmentTarget) => `admin.target.${kind}` as MessageKey;

interface AssignValues {
  person?: PickedPerson | null;
  role?: StaffRole;
  targetKind?: AssignmentTarget;
  targetId?: string;
  startsOn?: Dayjs | null;
}

/** 职责分配: who covers what; assign a duty, end one. */
export function StaffAssignmentsTab() {
  const { t } = useI18n();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [activeOnly, setActiveOnly] = useState(true);
  const list = useQuery(STAFF_ASSIGNMENTS, {
    variables: {
      filter: {
        personId: person?.id ?? null,
        activeOn: activeOnly ? campusIsoDate(new Date()) : null,
      },
    },
    fetchPolicy: "cache-and-network",
  });
  const targets = useQuery(ASSIGNMENT_TARGETS);
  const names = new Map<string, string>();
  for (const e of targets.data?.grids.edges ?? []) names.set(e.node.id, e.node.name);
  for (const c of targets.data?.campuses ?? [])
    for (const b of c.buildings) names.set(b.id, `${c.name} · ${b.name}`);
  for (const u of targets.data?.orgUnits ?? []) names.set(u.id, u.name);

  return (
    <div className="admin-tab" data-tab="staff">
      <AssignStaffForm names={targets.data} onDone={() => void list.refetch()} />
      <h2 className="admin-tab__title">{t("admin.staff.list")}</h2>
      <Space wrap className="admin-filters">
        <label className="admin-inline-field">
          <span>{t("admin.staff.person")}</span>
          <PersonPicker kind="STAFF" value={person} onChange={setPerson} />
        </label>
        <Select<"active" | "all">
          aria-label={t("admin.staff.which")}
          value={activeOnly ? "active" : "all"}
          onChange={(v) => setActiveOnly(v === "active")}
          options={[
            { value: "active", label: t("admin.staff.active") },
            { value: "all", label: t("admin.staff.all") },
          ]}
        />
      </Space>
      {!list.data ? (
        list.loading ? (
          <Loading />
        ) : (
          <LoadError text={t("admin.loadFailed")} retry={() => list.refetch()} />
        )
      ) : list.data.staffAssignments.edges.length === 0 ? (
        <EmptyText>{t("admin.staff.none")}</EmptyText>
      ) : (
        <div className="admin-table">
          <DataTable
            rowKey="id"
            dataSource={list.data.staffAssignments.edges.map((e) => e.node)}
            onRow={(a) => dataAttributes({ "data-assignment": a.id })}
            columns={[
              {
                key: "person",
                title: t("admin.staff.person"),
                render: (_, a) => `${a.person.name} · ${a.person.number}`,
              },
              { key: "role", title: t("admin.staff.role"), render: (_, a) => t(roleKey(a.role)) },
              {
                key: "target",
                title: t("admin.staff.target"),
                render: (_, a) =>
                  `${t(targetKey(a.targetKind))} · ${names.get(a.targetId) ?? a.targetId}`,
              },
              { key: "startsOn", title: t("admin.staff.startsOn"), dataIndex: "startsOn" },
              {
                key: "endsOn",
                title: t("admin.staff.endsOn"),
                render: (_, a) =>
                  a.endsOn ?? <EndAssignment id={a.id} onDone={() => void list.refetch()} />,
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}

function EndAssignment({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useI18n();
  const [day, setDay] = useState<Dayjs | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [end, { loading }] = useMutation(END_STAFF_ASSIGNMENT, { errorPolicy: "all" });
  return (
    <div className="admin-end" data-end-assignment={id}>
      <Space wrap>
        <DatePicker
          aria-label={t("admin.staff.endsOnLabel")}
          value={day}
          onChange={(d: Dayjs | null) => setDay(d)}
        />
        <Button
          danger
          loading={loading}
          onClick={() => {
            void (async () => {
              const endsOn = day ? day.format("YYYY-MM-DD") : campusIsoDate(new Date());
              const failed = await attempt(
                () => end({ variables: { id, endsOn } }),
                "endStaffAssignment",
              );
              setFailure(failed);
              if (!failed) onDone();
            })();
          }}
        >
          {t("admin.staff.end")}
        </Button>
      </Space>
      <ActionError failure={failure} />
    </div>
  );
}

function AssignStaffForm({
  names,
  onDone,
}: {
  names: AdminAssignmentTargetsQuery | undefined;
  onDone: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<AssignValues>();
  const [failure, report] = useFormRefusal(form, { personId: "person" });
  const [assign, { loading }] = useMutation(ASSIGN_STAFF, { errorPolicy: "all" });
  const [done, setDone] = useState(false);
  const role = Form.useWatch("role", form);
  const targetKind = Form.useWatch("targetKind", form);
  const kinds = role ? TARGETS[role] : [];

  const targetOptions = (() => {
    switch (targetKind) {
      case "GRID":
        return names?.grids.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
      case "BUILDING":
        return (
          names?.campuses.flatMap((c) =>
            c.buildings.map((b) => ({ value: b.id, label: `${c.name} · ${b.name}` })),
          ) ?? []
        );
      case "BRANCH":
        return (
          names?.orgUnits
            .filter((u) => BRANCH_KINDS.includes(u.kind))
            .map((u) => ({ value: u.id, label: u.name })) ?? []
        );
      case "UNIT":
        return (
          names?.orgUnits
            .filter((u) => !BRANCH_KINDS.includes(u.kind))
            .map((u) => ({ value: u.id, label: `${u.name}（${label("OrgUnitKind", u.kind)}）` })) ??
          []
        );
      default:
        return [];
    }
  })();

  return (
    <section className="admin-form" data-form="assign-staff">
      <h2 className="admin-tab__title">{t("admin.staff.assign")}</h2>
      <Form<AssignValues>
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<AssignValues>) => {
          setDone(false);
          if ("role" in changed)
            form.setFieldsValue({ targetKind: undefined, targetId: undefined });
          if ("targetKind" in changed) form.setFieldsValue({ targetId: undefined });
        }}
        onFinish={(v) => {
          void (async () => {
            if (!v.person || !v.role || !v.targetKind || !v.targetId || !v.startsOn) return;
            const failed = await attempt(
              () =>
                assign({
                  variables: {
                    input: {
                      personId: v.person?.id ?? "",
                      role: v.role ?? "COUNSELOR",
                      targetKind: v.targetKind ?? "GRID",
                      targetId: v.targetId ?? "",
                      startsOn: v.startsOn?.format("YYYY-MM-DD") ?? "",
                    },
                  },
                }),
              "assignStaff",
            );
            report(failed);
            if (!failed) {
              setDone(true);
              form.resetFields();
              onDone();
            }
          })();
        }}
      >
        <Form.Item
          name="person"
          label={t("admin.staff.person")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <PersonPicker kind="STAFF" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t("admin.staff.role")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <Select<StaffRole> options={ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))} />
        </Form.Item>
        <Form.Item
          name="targetKind"
          label={t("admin.staff.targetKind")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <Select<AssignmentTarget>
            disabled={!role}
            options={kinds.map((k) => ({ value: k, label: t(targetKey(k)) }))}
          />
        </Form.Item>
        <Form.Item
          name="targetId"
          label={t("admin.staff.target")}
          extra={targetKind === "CLASS" ? t("admin.staff.classById") : undefined}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          {targetKind === "CLASS" ? (
            <Input />
          ) : (
            <Select
              showSearch={{ optionFilterProp: "label" }}
              disabled={!targetKind}
              options={targetOptions}
            />
          )}
        </Form.Item>
        <Form.Item
          name="startsOn"
          label={t("admin.staff.startsOn")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <DatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t("admin.staff.assignButton")}
        </Button>
        {done && (
          <p className="admin-done" role="status">
            {t("admin.staff.assigned")}
          </p>
        )}
        <ActionError
          failure={failure}
          fields={{ personId: "admin.staff.person", targetId: "admin.staff.target" }}
        />
      </Form>
    </section>
  );
}

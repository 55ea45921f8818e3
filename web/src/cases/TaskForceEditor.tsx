import { useApolloClient, useMutation, useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { Alert, App, Button, Card, Checkbox, Form, Input, Popconfirm, Space } from "antd";
import { useEffect, useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { MAX_DUTY_LENGTH, MAX_SEARCH_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText } from "../ui/feedback";
import { History } from "../ui/History";
import type { TaskForceChangeRow, TaskForceMemberRow } from "./caseFragments";

// Each answers with the whole case as the page shows it, so the cache updates the page.
export const ADD_TASK_FORCE_MEMBER = graphql(`
  mutation AddTaskForceMember($input: AddTaskForceMemberInput!) {
    addTaskForceMember(input: $input) {
      id
      ...CasePage_case
    }
  }
`);
export const SET_TASK_FORCE_LEAD = graphql(`
  mutation SetTaskForceLead($input: TaskForceMemberRefInput!) {
    setTaskForceLead(input: $input) {
      id
      ...CasePage_case
    }
  }
`);
export const REMOVE_TASK_FORCE_MEMBER = graphql(`
  mutation RemoveTaskForceMember($input: TaskForceMemberRefInput!) {
    removeTaskForceMember(input: $input) {
      id
      ...CasePage_case
    }
  }
`);

/** Staff by the start of their name or staff number, for picking a task-force member. */
export const STAFF_SEARCH = graphql(`
  query StaffSearch($search: String!) {
    people(first: 10, filter: { kind: STAFF, search: $search }) {
      edges {
        cursor
        node {
          id
          name
          number
        }
      }
    }
  }
`);

type StaffRow = ResultOf<typeof STAFF_SEARCH>["people"]["edges"][number]["node"];

const SEARCH_DELAY_MS = 250;

/** A value that follows `value` once it has stayed the same for `ms`. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

// The case list and the 督办 board show the lead and the people responsible: keep them fresh.
const REFETCH = ["AssistanceCases", "OverdueMeasures"];

/** 设为负责人 / 移出专班 (asked to confirm); a refusal (e.g. the lead of a case being assisted) is shown under the buttons. */
export function TaskForceMemberActions({
  caseId,
  member,
}: {
  caseId: string;
  member: TaskForceMemberRow;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [setLead, setLeadState] = useMutation(SET_TASK_FORCE_LEAD, {
    errorPolicy: "all",
    refetchQueries: REFETCH,
  });
  const [remove, removeState] = useMutation(REMOVE_TASK_FORCE_MEMBER, {
    errorPolicy: "all",
    refetchQueries: REFETCH,
  });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const busy = setLeadState.loading || removeState.loading;
  const person = member.member;
  // A member people no longer knows cannot be named in a mutation; the panel shows them as unknown.
  if (!person) return null;
  const run = async (which: "lead" | "remove") => {
    setFailure(null);
    const variables = { input: { caseId, memberId: person.id } };
    const refused =
      which === "lead"
        ? await attempt(() => setLead({ variables }), "setTaskForceLead")
        : await attempt(() => remove({ variables }), "removeTaskForceMember");
    setFailure(refused);
    if (refused) void client.refetchQueries({ include: ["AssistanceCasePage"] });
    else void message.success(t("case.action.done"));
  };
  return (
    <div
      className="task-force__actions"
      role="group"
      aria-label={t("taskForce.memberActions", { name: person.name })}
    >
      <Space wrap size="small">
        {!member.lead && (
          <Button
            size="small"
            data-member-action="setLead"
            disabled={busy}
            loading={setLeadState.loading}
            onClick={() => void run("lead")}
          >
            {t("taskForce.setLead")}
          </Button>
        )}
        <Popconfirm
          title={t("taskForce.removeConfirm", { name: person.name })}
          okText={t("taskForce.removeOk")}
          cancelText={t("inbox.joinCancel")}
          okButtonProps={{ danger: true }}
          onConfirm={() => void run("remove")}
        >
          <Button
            size="small"
            danger
            data-member-action="remove"
            disabled={busy}
            loading={removeState.loading}
          >
            {t("taskForce.remove")}
          </Button>
        </Popconfirm>
      </Space>
      <ActionError failure={failure} />
    </div>
  );
}

/** The staff found by the search field's text, to pick one from; the pick is the form's `member`. */
function StaffResults({
  id,
  value,
  onChange,
  search,
  memberIds,
}: {
  id?: string;
  value?: StaffRow;
  onChange?: (row: StaffRow) => void;
  search: string;
  memberIds: ReadonlySet<string | undefined>;
}) {
  const { t } = useI18n();
  const term = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const found = useQuery(STAFF_SEARCH, {
    variables: { search: term },
    skip: term === "",
    errorPolicy: "all",
    fetchPolicy: "cache-first",
  });
  const rows = term === "" ? [] : (found.data?.people.edges.map((e) => e.node) ?? []);
  return (
    <div id={id} className="staff-results" aria-live="polite">
      {term !== "" && found.loading && !found.data && (
        <p className="muted">{t("taskForce.searching")}</p>
      )}
      {term !== "" && found.error && !found.data && (
        <Alert type="error" showIcon title={t("taskForce.searchFailed")} />
      )}
      {term !== "" && found.data && rows.length === 0 && (
        <p className="muted">{t("taskForce.noResults")}</p>
      )}
      {rows.length > 0 && (
        <ul className="staff-results__list" aria-label={t("taskForce.results")}>
          {rows.map((p) => {
            const already = memberIds.has(p.id);
            const chosen = value?.id === p.id;
            return (
              <li key={p.id}>
                <Button
                  block
                  type={chosen ? "primary" : "default"}
                  ghost={chosen}
                  className="staff-results__pick"
                  data-staff={p.id}
                  aria-pressed={chosen}
                  aria-label={t("taskForce.pick", { name: p.name })}
                  disabled={already}
                  onClick={() => onChange?.(p)}
                >
                  <span className="staff-results__name">{p.name}</span>{" "}
                  <span className="mono">{p.number}</span>
                  {already && <span className="muted"> · {t("taskForce.alreadyMember")}</span>}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {value && (
        <p className="staff-picked" data-picked={value.id}>
          {t("taskForce.picked", { name: value.name, number: value.number })}
        </p>
      )}
    </div>
  );
}

interface AddMemberValues {
  search?: string;
  member?: StaffRow;
  duty: string;
  lead?: boolean;
}

/** 添加专班成员: search staff by name or number, pick one, give a duty, optionally make them lead. */
export function AddTaskForceMember({
  caseId,
  members,
}: {
  caseId: string;
  members: readonly TaskForceMemberRow[];
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<AddMemberValues>();
  // The server names the person as memberId; the form holds them as `member`.
  const [failure, report] = useFormRefusal(form, MEMBER_ALIASES);
  const search = Form.useWatch("search", form) ?? "";
  const [add, { loading }] = useMutation(ADD_TASK_FORCE_MEMBER, {
    errorPolicy: "all",
    refetchQueries: REFETCH,
  });
  const memberIds = new Set(members.map((m) => m.member?.id));

  const onFinish = async ({ member, duty, lead }: AddMemberValues) => {
    if (!member) return;
    report(null);
    const refused = await attempt(
      () =>
        add({
          variables: { input: { caseId, memberId: member.id, duty: duty.trim(), lead: !!lead } },
        }),
      "addTaskForceMember",
    );
    report(refused);
    if (refused) {
      void client.refetchQueries({ include: ["AssistanceCasePage"] });
      return;
    }
    form.resetFields();
    void message.success(t("case.action.done"));
  };

  return (
    <Card
      size="small"
      className="action task-force__add"
      title={<h3 className="action__title">{t("taskForce.add")}</h3>}
    >
      <Form
        form={form}
        name={`addTaskForceMember-${caseId}`}
        layout="vertical"
        data-action="addTaskForceMember"
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="search" label={t("taskForce.search")}>
          <Input
            type="search"
            autoComplete="off"
            maxLength={MAX_SEARCH_LENGTH}
            placeholder={t("taskForce.searchPlaceholder")}
            allowClear
          />
        </Form.Item>
        <Form.Item
          name="member"
          rules={[{ required: true, message: t("taskForce.pickFirst") }]}
          className="staff-results__item"
        >
          <StaffResults search={search} memberIds={memberIds} />
        </Form.Item>
        <Form.Item
          name="duty"
          label={t("taskForce.duty")}
          rules={[{ required: true, whitespace: true }, { max: MAX_DUTY_LENGTH }]}
        >
          <Input maxLength={MAX_DUTY_LENGTH} />
        </Form.Item>
        <Form.Item name="lead" valuePropName="checked">
          <Checkbox>{t("taskForce.makeLead")}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t("taskForce.addSubmit")}
        </Button>
        <ActionError failure={failure} />
      </Form>
    </Card>
  );
}

const MEMBER_ALIASES = { memberId: "member" } as const;

/** 专班变动记录: who joined, left, became or stopped being lead; by whom and when, oldest first. */
export function TaskForceHistory({ changes }: { changes: readonly TaskForceChangeRow[] }) {
  const { t, label } = useI18n();
  // In the server's order: changes made together (a lead stepping down for another) share a time.
  return (
    <div className="task-force__history">
      <h3 className="action__title">{t("taskForce.changes")}</h3>
      {changes.length === 0 ? (
        <EmptyText>{t("taskForce.noChanges")}</EmptyText>
      ) : (
        <History
          entries={changes.map((c, i) => ({
            key: `${c.at}-${i}`,
            at: c.at,
            text: t("taskForce.change", {
              by: c.by?.name ?? t("person.unknown"),
              member: c.member?.name ?? t("person.unknown"),
              change: label("TaskForceChangeKind", c.change),
            }),
            data: { "data-change": c.change, "data-change-member": c.member?.id },
          }))}
        />
      )}
    </div>
  );
}

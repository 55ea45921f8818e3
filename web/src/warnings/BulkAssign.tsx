import { useApolloClient, useMutation } from "@apollo/client";
import { App, Button, Select } from "antd";
import { useEffect, useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { ASSIGNEES } from "./WarningCasework";

const ASSIGN_WARNINGS = graphql(`
  mutation AssignWarnings($input: AssignWarningsInput!) {
    assignWarnings(input: $input) {
      id
      ...WarningRow_warning
    }
  }
`);

interface Colleague {
  personId: string;
  name: string;
  role: string;
}

/**
 * 批量分派: the selected warnings to me or to a colleague on duty for their students, in one
 * mutation, all or nothing (a refusal names the warning and changes none of them).
 */
export function BulkAssign({
  selected,
  me,
  onDone,
}: {
  selected: readonly string[];
  me: string | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [colleagues, setColleagues] = useState<Colleague[]>([]);
  const [assignee, setAssignee] = useState<string | undefined>(me ?? undefined);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [assign, { loading }] = useMutation(ASSIGN_WARNINGS, {
    refetchQueries: ["WarningQueueSummary"],
    errorPolicy: "all",
  });
  const key = selected.join(",");
  // Who is on duty for the selected warnings' students (each read once, from the cache after).
  useEffect(() => {
    let live = true;
    void Promise.all(
      key
        .split(",")
        .filter(Boolean)
        .map((id) =>
          client
            .query({ query: ASSIGNEES, variables: { id }, errorPolicy: "all" })
            .then((r) => r.data?.warning?.person?.responsibleStaff ?? [])
            .catch(() => []),
        ),
    ).then((lists) => {
      if (!live) return;
      const byId = new Map<string, Colleague>();
      for (const s of lists.flat()) if (s.personId !== me) byId.set(s.personId, s);
      setColleagues([...byId.values()]);
    });
    return () => {
      live = false;
    };
  }, [key, client, me]);
  if (!selected.length) return null;
  const submit = async () => {
    if (!assignee) return;
    const refused = await attempt(
      () => assign({ variables: { input: { warningIds: [...selected], assigneeId: assignee } } }),
      "assignWarnings",
    );
    setFailure(refused);
    if (!refused) {
      void message.success(t("casework.bulk.done", { count: String(selected.length) }));
      onDone();
    }
  };
  return (
    <div className="bulk-bar" role="group" aria-label={t("casework.bulk.assign")} data-bulk="true">
      <span className="bulk-bar__count">
        {t("casework.bulk.selected", { count: String(selected.length) })}
      </span>
      <Select
        className="bulk-bar__assignee"
        aria-label={t("casework.bulk.assignee")}
        value={assignee}
        onChange={setAssignee}
        popupMatchSelectWidth={false}
        options={[
          ...(me ? [{ value: me, label: t("casework.bulk.me") }] : []),
          ...colleagues.map((s) => ({
            value: s.personId,
            label: `${s.name}（${t(`casework.staffRole.${s.role}` as MessageKey)}）`,
          })),
        ]}
      />
      <Button type="primary" loading={loading} disabled={!assignee} onClick={() => void submit()}>
        {t("casework.bulk.assign")}
      </Button>
      <Button onClick={onDone}>{t("casework.bulk.clear")}</Button>
      <p className="bulk-bar__hint muted">{t("casework.bulk.allOrNothing")}</p>
      <ActionError failure={failure} />
    </div>
  );
}

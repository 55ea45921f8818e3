import { useMutation } from "@apollo/client";
import { App, Button, Input, Select } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { WarningStatus } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";

const ADVANCE_WARNINGS = graphql(`
  mutation AdvanceWarnings($input: AdvanceWarningsInput!) {
    advanceWarnings(input: $input) {
      id
      ...WarningRow_warning
    }
  }
`);

/** The middle steps advanceWarnings takes (assigning and closing have their own forms). */
const STEPS: readonly WarningStatus[] = ["ASSESSED", "INTERVENING", "TRACKING"];

/**
 * 批量推进: the selected warnings one middle step at once (研判, 干预, 追踪), in one mutation, all or
 * nothing: a warning not at a status the step follows refuses the call, named in the refusal, and
 * none of them moves. Assessing needs a note, here as one by one.
 */
export function BulkAdvance({
  selected,
  onDone,
}: {
  selected: readonly string[];
  onDone: () => void;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [to, setTo] = useState<WarningStatus | undefined>(undefined);
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [advance, { loading }] = useMutation(ADVANCE_WARNINGS, {
    refetchQueries: ["WarningQueueSummary"],
    errorPolicy: "all",
  });
  if (!selected.length) return null;
  const submit = async () => {
    if (!to) return;
    const refused = await attempt(
      () =>
        advance({
          variables: { input: { warningIds: [...selected], to, note: note.trim() || null } },
        }),
      "advanceWarnings",
    );
    setFailure(refused);
    if (!refused) {
      setNote("");
      void message.success(t("bulkAdvance.done", { count: selected.length }));
      onDone();
    }
  };
  return (
    <div className="bulk-bar" role="group" aria-label={t("bulkAdvance.label")} data-bulk="advance">
      <Select
        className="bulk-bar__assignee"
        aria-label={t("bulkAdvance.to")}
        placeholder={t("bulkAdvance.to")}
        value={to}
        onChange={setTo}
        popupMatchSelectWidth={false}
        options={STEPS.map((s) => ({ value: s, label: label("WarningStatus", s) }))}
      />
      <Input
        className="bulk-bar__note"
        aria-label={t("bulkAdvance.note")}
        placeholder={t(to === "ASSESSED" ? "bulkAdvance.noteRequired" : "bulkAdvance.note")}
        value={note}
        maxLength={MAX_TEXT_LENGTH}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        type="primary"
        loading={loading}
        disabled={!to || (to === "ASSESSED" && note.trim() === "")}
        onClick={() => void submit()}
      >
        {t("bulkAdvance.submit")}
      </Button>
      <ActionError failure={failure} />
    </div>
  );
}

import { useApolloClient, useMutation, useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useEffect, useId, useState, type FormEvent } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
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

/** 设为负责人 / 移出专班 for one member; a refusal (e.g. the lead of a case being assisted) is shown under the buttons. */
export function TaskForceMemberActions({
  caseId,
  member,
}: {
  caseId: string;
  member: TaskForceMemberRow;
}) {
  const { t } = useI18n();
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
  };
  return (
    <div
      className="task-force__actions"
      role="group"
      aria-label={t("taskForce.memberActions", { name: person.name })}
    >
      {!member.lead && (
        <button
          type="button"
          className="button button--small"
          data-member-action="setLead"
          disabled={busy}
          onClick={() => void run("lead")}
        >
          {t("taskForce.setLead")}
        </button>
      )}
      <button
        type="button"
        className="button button--small button--secondary"
        data-member-action="remove"
        disabled={busy}
        onClick={() => void run("remove")}
      >
        {t("taskForce.remove")}
      </button>
      <ActionError failure={failure} />
    </div>
  );
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
  const ids = { search: useId(), duty: useId(), lead: useId(), results: useId() };
  const client = useApolloClient();
  const [search, setSearch] = useState("");
  const [picked, setPicked] = useState<StaffRow | null>(null);
  const [duty, setDuty] = useState("");
  const [lead, setLead] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const [missingPick, setMissingPick] = useState(false);
  const term = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const found = useQuery(STAFF_SEARCH, {
    variables: { search: term },
    skip: term === "",
    errorPolicy: "all",
    fetchPolicy: "cache-first",
  });
  const [add, { loading }] = useMutation(ADD_TASK_FORCE_MEMBER, {
    errorPolicy: "all",
    refetchQueries: REFETCH,
  });
  const memberIds = new Set(members.map((m) => m.member?.id));
  const rows = term === "" ? [] : (found.data?.people.edges.map((e) => e.node) ?? []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!picked) {
      setMissingPick(true);
      return;
    }
    setFailure(null);
    const refused = await attempt(
      () => add({ variables: { input: { caseId, memberId: picked.id, duty: duty.trim(), lead } } }),
      "addTaskForceMember",
    );
    setFailure(refused);
    if (refused) {
      void client.refetchQueries({ include: ["AssistanceCasePage"] });
      return;
    }
    setDone(true);
    setPicked(null);
    setSearch("");
    setDuty("");
    setLead(false);
  };

  return (
    <form
      className="action task-force__add"
      data-action="addTaskForceMember"
      onSubmit={(e) => void onSubmit(e)}
    >
      <h3 className="action__title">{t("taskForce.add")}</h3>
      <label htmlFor={ids.search} className="action__label">
        {t("taskForce.search")}
      </label>
      <input
        id={ids.search}
        className="input"
        type="search"
        autoComplete="off"
        maxLength={50}
        placeholder={t("taskForce.searchPlaceholder")}
        aria-controls={ids.results}
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          setDone(false);
        }}
      />
      <div id={ids.results} className="staff-results" aria-live="polite">
        {term !== "" && found.loading && !found.data && (
          <p className="muted">{t("taskForce.searching")}</p>
        )}
        {term !== "" && found.error && !found.data && (
          <p className="action-error" role="alert">
            {t("taskForce.searchFailed")}
          </p>
        )}
        {term !== "" && found.data && rows.length === 0 && (
          <p className="muted">{t("taskForce.noResults")}</p>
        )}
        {rows.length > 0 && (
          <ul className="staff-results__list" aria-label={t("taskForce.results")}>
            {rows.map((p) => {
              const already = memberIds.has(p.id);
              const chosen = picked?.id === p.id;
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className={`staff-results__pick${chosen ? " is-picked" : ""}`}
                    data-staff={p.id}
                    aria-pressed={chosen}
                    aria-label={t("taskForce.pick", { name: p.name })}
                    disabled={already}
                    onClick={() => {
                      setPicked(p);
                      setMissingPick(false);
                    }}
                  >
                    <span className="staff-results__name">{p.name}</span>{" "}
                    <span className="mono">{p.number}</span>
                    {already && <span className="muted"> · {t("taskForce.alreadyMember")}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {picked ? (
        <p className="staff-picked" data-picked={picked.id}>
          {t("taskForce.picked", { name: picked.name, number: picked.number })}
        </p>
      ) : (
        missingPick && (
          <p className="action-error" role="alert">
            {t("taskForce.pickFirst")}
          </p>
        )
      )}
      <label htmlFor={ids.duty} className="action__label">
        {t("taskForce.duty")}
      </label>
      <input
        id={ids.duty}
        className="input"
        required
        maxLength={200}
        value={duty}
        onChange={(e) => setDuty(e.target.value)}
      />
      <label className="checkbox" htmlFor={ids.lead}>
        <input
          id={ids.lead}
          type="checkbox"
          checked={lead}
          onChange={(e) => setLead(e.target.checked)}
        />
        {t("taskForce.makeLead")}
      </label>
      <button type="submit" className="button" disabled={loading}>
        {t("taskForce.addSubmit")}
      </button>
      <ActionError failure={failure} />
      {done && (
        <p className="action-done" role="status" data-action-done="addTaskForceMember">
          {t("case.action.done")}
        </p>
      )}
    </form>
  );
}

/** 专班变动记录: who joined, left, became or stopped being lead; by whom and when, oldest first. */
export function TaskForceHistory({ changes }: { changes: readonly TaskForceChangeRow[] }) {
  const { t, label, dateTime } = useI18n();
  // In the server's order: changes made together (a lead stepping down for another) share a time.
  const rows = changes;
  return (
    <div className="task-force__history">
      <h3 className="action__title">{t("taskForce.changes")}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t("taskForce.noChanges")}</p>
      ) : (
        <ol className="timeline">
          {rows.map((c, i) => (
            <li key={`${c.at}-${i}`} data-change={c.change} data-change-member={c.member?.id}>
              <time dateTime={c.at}>{dateTime(c.at)}</time>{" "}
              {t("taskForce.change", {
                by: c.by?.name ?? t("person.unknown"),
                member: c.member?.name ?? t("person.unknown"),
                change: label("TaskForceChangeKind", c.change),
              })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

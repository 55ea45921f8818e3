import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Select } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { WorkItemList, WorkLevel } from "../generated/graphql";
import { PersonPicker, type PickedPerson } from "../admin/PersonPicker";
import { useSession } from "../auth/useSession";
import { useI18n } from "../i18n/I18nProvider";
import { LEVELS, LEVEL_KEY, LISTS, LIST_KEY, PARENT_LIST, todayDate } from "./governance";
import { Refusal } from "./Refusal";

export const GOVERNANCE_UNITS = graphql(`
  query GovernanceUnits($personId: ID!, $withAssignments: Boolean!) {
    orgUnits {
      id
      name
      kind
    }
    person(id: $personId) @include(if: $withAssignments) {
      id
      staffAssignments {
        id
        role
        targetId
        startsOn
        endsOn
      }
    }
  }
`);

export const CREATE_WORK_ITEM = graphql(`
  mutation GovernanceCreateWorkItem($input: CreateWorkItemInput!) {
    createWorkItem(input: $input) {
      id
    }
  }
`);

/**
 * The units the caller may pick from (every unit; the server refuses those they do not govern)
 * and the one to offer first: the branch they are secretary of, or the college they administer.
 */
export function useGovernanceUnits() {
  const session = useSession();
  const personId = session?.user.personId ?? "";
  const units = useQuery(GOVERNANCE_UNITS, {
    variables: {
      personId: personId || "00000000-0000-4000-8000-000000000000",
      withAssignments: !!personId,
    },
    errorPolicy: "all",
  });
  const today = todayDate();
  const mine = (units.data?.person?.staffAssignments ?? [])
    .filter(
      (a) =>
        (a.role === "BRANCH_SECRETARY" || a.role === "COLLEGE_ADMIN") &&
        a.startsOn <= today &&
        (!a.endsOn || a.endsOn >= today),
    )
    .map((a) => a.targetId);
  return { units: units.data?.orgUnits ?? [], preferred: mine[0] ?? "", personId };
}

export interface ParentChoice {
  id: string;
  title: string;
  list: WorkItemList;
}

/**
 * 新建事项: a problem, a measure for a problem or a responsibility for a measure, owned by a unit,
 * with a person in charge (the caller unless picked), a deadline and a level. With `meetingId`,
 * the item is a decision of that meeting.
 */
export function NewWorkItemForm({
  parents,
  onCreated,
  meetingId,
  unitId: fixedUnit,
}: {
  parents: readonly ParentChoice[];
  onCreated: () => unknown;
  meetingId?: string;
  unitId?: string;
}) {
  const { t } = useI18n();
  const { units, preferred, personId } = useGovernanceUnits();
  const [list, setList] = useState<WorkItemList>("PROBLEM");
  const [parentId, setParentId] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [unitId, setUnitId] = useState<string | null>(fixedUnit ?? null);
  const [dueOn, setDueOn] = useState("");
  const [level, setLevel] = useState<WorkLevel>("RESPONSIBLE_UNIT");
  const [inCharge, setInCharge] = useState<PickedPerson | null>(null);
  const [create, created] = useMutation(CREATE_WORK_ITEM, { onCompleted: () => onCreated() });
  const wanted = PARENT_LIST[list];
  const unit = unitId ?? preferred ?? units[0]?.id ?? "";
  return (
    <Card
      size="small"
      title={
        <h2 className="governance__title">
          {t(meetingId ? "governance.newDecision" : "governance.new")}
        </h2>
      }
      data-card="new-item"
    >
      <form
        className="governance__form"
        onSubmit={(event) => {
          event.preventDefault();
          void create({
            variables: {
              input: {
                list,
                parentId: wanted ? parentId : null,
                title,
                unitId: unit,
                inChargeId: inCharge?.id ?? personId,
                dueOn,
                level,
                meetingId: meetingId ?? null,
              },
            },
          })
            .then(() => {
              setTitle("");
              setDueOn("");
            })
            .catch(() => undefined);
        }}
      >
        <Select
          aria-label={t("governance.field.list")}
          value={list}
          onChange={(value) => {
            setList(value);
            setParentId(null);
          }}
          options={LISTS.map((l) => ({ value: l, label: t(LIST_KEY[l]) }))}
        />
        {wanted && (
          <Select
            aria-label={t("governance.field.parent")}
            placeholder={t("governance.field.parent")}
            value={parentId ?? undefined}
            onChange={setParentId}
            options={parents
              .filter((p) => p.list === wanted)
              .map((p) => ({ value: p.id, label: p.title }))}
          />
        )}
        <Input
          aria-label={t("governance.field.title")}
          placeholder={t("governance.field.title")}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
        {!fixedUnit && (
          <Select
            aria-label={t("governance.field.unit")}
            value={unit || undefined}
            onChange={setUnitId}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
          />
        )}
        <label className="governance__meta">
          {t("governance.field.dueOn")}
          <Input
            type="date"
            aria-label={t("governance.field.dueOn")}
            value={dueOn}
            min={todayDate()}
            onChange={(e) => setDueOn(e.target.value)}
          />
        </label>
        <Select
          aria-label={t("governance.field.level")}
          value={level}
          onChange={setLevel}
          options={LEVELS.map((l) => ({ value: l, label: t(LEVEL_KEY[l]) }))}
        />
        <PersonPicker
          id="governance-in-charge"
          kind="STAFF"
          placeholder={t("governance.field.inChargeMe")}
          value={inCharge}
          onChange={setInCharge}
        />
        <Button htmlType="submit" type="primary" loading={created.loading}>
          {t("governance.create")}
        </Button>
      </form>
      <Refusal error={created.error} />
    </Card>
  );
}

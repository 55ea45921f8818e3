import { useMutation, useQuery } from "@apollo/client";
import { Alert, Button, Input, Select, Space, Timeline, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { PartyDecisionBasis, PartyStep } from "../generated/graphql";
import { attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import { useSession } from "../auth/useSession";
import { Facts, ProfileSection } from "../profile/ProfileSection";
import { BASIS_LABEL, STAGE_LABEL, STEPS_FROM, STEP_LABEL, refusalKey } from "./partyLabels";

export const PARTY_TIMELINE = graphql(`
  query PartyTimelineSection($id: ID!) {
    person(id: $id) {
      id
      politicalStatus
      partyDevelopment {
        id
        stage
        appliedOn
        activistSince
        probationEndsOn
        thoughtReportDueOn
        transitions {
          id
          step
          to
          effectiveOn
          basis
          basisReference
        }
      }
    }
  }
`);

export const MOVE_PARTY_STAGE = graphql(`
  mutation MovePartyStageFromProfile($input: MovePartyStageInput!) {
    movePartyStage(input: $input) {
      id
      stage
    }
  }
`);

/** Branch officers (the branch's secretary, organisers) get the form; the server decides each step. */
const OFFICER_ROLES = ["branch_secretary", "organiser", "admin"];

/**
 * 党员发展: a student's stage and the timeline of steps, each with its date and decision. Shown to
 * whoever may read it (PARTY: the student, their branch's secretary, organisers, their contacts);
 * for anyone else the section is left out, as the server refuses it.
 */
export function PartyTimelineSection({ personId }: { personId: string }) {
  const { t } = useI18n();
  const session = useSession();
  const { data, error, refetch } = useQuery(PARTY_TIMELINE, {
    variables: { id: personId },
    errorPolicy: "all",
  });
  const development = data?.person?.partyDevelopment;
  if (!development) return null;
  const officer = session?.user.roles.some((r) => OFFICER_ROLES.includes(r)) ?? false;
  return (
    <ProfileSection
      id="party"
      title={t("party.section")}
      problem={error && !data ? "unavailable" : null}
    >
      <Facts
        items={[
          {
            label: t("party.stageLabel"),
            value: <span data-stage={development.stage}>{t(STAGE_LABEL[development.stage])}</span>,
          },
          { label: t("party.appliedOn"), value: development.appliedOn },
          ...(development.probationEndsOn
            ? [{ label: t("party.probationEndsOn"), value: development.probationEndsOn }]
            : []),
          ...(development.thoughtReportDueOn
            ? [{ label: t("party.reportDueOn"), value: development.thoughtReportDueOn }]
            : []),
        ]}
      />
      <Timeline
        className="party-timeline"
        style={{ marginTop: 16 }}
        items={development.transitions.map((step) => ({
          key: step.id,
          children: (
            <div data-transition={step.step ?? "APPLICATION"}>
              <Typography.Text strong>
                {step.step ? t(STEP_LABEL[step.step]) : t("party.applied")}
              </Typography.Text>{" "}
              <Typography.Text type="secondary">{step.effectiveOn}</Typography.Text>
              {step.basis && (
                <div>
                  {t(BASIS_LABEL[step.basis])}
                  {step.basisReference ? `：${step.basisReference}` : ""}
                </div>
              )}
            </div>
          ),
        }))}
      />
      {officer && STEPS_FROM[development.stage].length > 0 && (
        <MoveForm
          developmentId={development.id}
          steps={STEPS_FROM[development.stage]}
          onMoved={() => void refetch()}
        />
      )}
    </ProfileSection>
  );
}

function MoveForm({
  developmentId,
  steps,
  onMoved,
}: {
  developmentId: string;
  steps: readonly PartyStep[];
  onMoved: () => void;
}) {
  const { t } = useI18n();
  const [step, setStep] = useState<PartyStep>(steps[0] ?? "BECOME_ACTIVIST");
  const [date, setDate] = useState("");
  const [basis, setBasis] = useState<PartyDecisionBasis>(
    step === "BECOME_ACTIVIST" || step === "BECOME_DEVELOPMENT_TARGET"
      ? "BRANCH_COMMITTEE"
      : "BRANCH_GENERAL_MEETING",
  );
  const [reference, setReference] = useState("");
  const [months, setMonths] = useState("6");
  const [refusal, setRefusal] = useState<ActionFailure | null>(null);
  const [move, { loading }] = useMutation(MOVE_PARTY_STAGE);
  const submit = async () => {
    setRefusal(null);
    const failure = await attempt(
      () =>
        move({
          variables: {
            input: {
              developmentId,
              step,
              effectiveOn: date,
              basis,
              basisReference: reference,
              extensionMonths: step === "EXTEND_PROBATION" ? Number(months) : null,
            },
          },
          errorPolicy: "all",
        }),
      "movePartyStage",
    );
    if (failure) setRefusal(failure);
    else onMoved();
  };
  return (
    <form
      className="party-move"
      aria-label={t("party.move.title")}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Space wrap>
        <Select<PartyStep>
          aria-label={t("party.move.step")}
          value={step}
          onChange={setStep}
          options={steps.map((s) => ({ value: s, label: t(STEP_LABEL[s]) }))}
          style={{ minWidth: 160 }}
        />
        <Input
          type="date"
          aria-label={t("party.move.date")}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          style={{ width: 160 }}
        />
        <Select<PartyDecisionBasis>
          aria-label={t("party.move.basis")}
          value={basis}
          onChange={setBasis}
          options={(["BRANCH_COMMITTEE", "BRANCH_GENERAL_MEETING"] as const).map((b) => ({
            value: b,
            label: t(BASIS_LABEL[b]),
          }))}
          style={{ minWidth: 140 }}
        />
        <Input
          aria-label={t("party.move.reference")}
          placeholder={t("party.move.reference")}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          style={{ maxWidth: 220 }}
        />
        {step === "EXTEND_PROBATION" && (
          <Input
            aria-label={t("party.move.months")}
            value={months}
            onChange={(e) => setMonths(e.target.value)}
            style={{ width: 80 }}
          />
        )}
        <Button
          type="primary"
          htmlType="submit"
          loading={loading}
          disabled={!date || !reference.trim()}
        >
          {t("party.move.submit")}
        </Button>
      </Space>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-refusal={refusal.problem}
          title={t(refusalKey(refusal.problem))}
          description={
            refusal.detail && (
              <details>
                <summary>{t("action.error.details")}</summary>
                <p lang="en">{refusal.detail}</p>
              </details>
            )
          }
        />
      )}
    </form>
  );
}

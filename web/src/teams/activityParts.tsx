import { useMutation } from "@apollo/client";
import { Button, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { VolunteerActivityState, VolunteerSignUpState } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { servedWhen } from "./teamLabels";

const SIGN_UP = graphql(`
  mutation SignUpForVolunteerActivity($input: VolunteerActivityIdInput!) {
    signUpForVolunteerActivity(input: $input) {
      id
      state
      activity {
        id
        signedUpCount
        viewerSignUp {
          id
          state
        }
      }
    }
  }
`);

const CANCEL_SIGN_UP = graphql(`
  mutation CancelVolunteerSignUp($input: VolunteerSignUpIdInput!) {
    cancelVolunteerSignUp(input: $input) {
      id
      state
    }
  }
`);

export const SIGN_UP_LABEL: Record<VolunteerSignUpState, MessageKey> = {
  SIGNED_UP: "teams.activities.signUp.SIGNED_UP",
  CHECKED_IN: "teams.activities.signUp.CHECKED_IN",
  CANCELLED: "teams.activities.signUp.CANCELLED",
};

/** What an activity shows to a student and an organiser alike. */
export interface ActivityRow {
  id: string;
  title: string;
  place?: string | null;
  /** The grid (网格) it serves in, by name; null when it has none. */
  grid?: { id: string; name: string } | null;
  startsAt: string;
  endsAt: string;
  slots: number;
  signedUpCount: number;
  state: VolunteerActivityState;
  openToAllStudents: boolean;
  viewerSignUp?: { id: string; state: VolunteerSignUpState } | null;
}

/** Where the activity stands now: cancelled, over, under way, full or recruiting. */
export function phaseOf(activity: ActivityRow, now = Date.now()): MessageKey {
  if (activity.state === "CANCELLED") return "teams.activities.phase.cancelled";
  if (new Date(activity.endsAt).getTime() <= now) return "teams.activities.phase.over";
  if (new Date(activity.startsAt).getTime() <= now) return "teams.activities.phase.underWay";
  if (activity.signedUpCount >= activity.slots) return "teams.activities.phase.full";
  return "teams.activities.phase.open";
}

/** An activity's lines: title and phase, when and where, slots taken. */
export function ActivitySummary({ activity, team }: { activity: ActivityRow; team?: string }) {
  const { t } = useI18n();
  const phase = phaseOf(activity);
  return (
    <>
      <div>
        <strong>{activity.title}</strong>{" "}
        <Tag
          color={
            phase === "teams.activities.phase.open"
              ? "processing"
              : phase === "teams.activities.phase.underWay"
                ? "success"
                : "default"
          }
        >
          {t(phase)}
        </Tag>
        {activity.openToAllStudents && <Tag>{t("teams.activities.openToAll")}</Tag>}
      </div>
      <Typography.Text type="secondary">
        {team ? `${team} · ` : ""}
        {servedWhen(activity.startsAt, activity.endsAt)}
        {activity.place ? ` · ${activity.place}` : ""}
        {activity.grid
          ? ` · ${t("teams.activities.gridNamed", { name: activity.grid.name })}`
          : ""}{" "}
        · {t("teams.activities.slots", { taken: activity.signedUpCount, slots: activity.slots })}
      </Typography.Text>
    </>
  );
}

/**
 * The student's own part: sign up while it is open and not full, cancel before it starts; once
 * checked in, a tag. The server decides (members only, slots, overlap); a refusal is shown here.
 */
export function SignUpControl({
  activity,
  onChanged,
}: {
  activity: ActivityRow;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [signUp, signing] = useMutation(SIGN_UP);
  const [cancel, cancelling] = useMutation(CANCEL_SIGN_UP);
  const now = Date.now();
  const mine = activity.viewerSignUp;
  const over = new Date(activity.endsAt).getTime() <= now;
  const started = new Date(activity.startsAt).getTime() <= now;
  const done = (refused: ActionFailure | null) => {
    setFailure(refused);
    if (!refused || refused.problem === "conflict") onChanged();
  };
  let control = null;
  if (mine && mine.state !== "CANCELLED")
    control = (
      <Space wrap>
        <Tag color={mine.state === "CHECKED_IN" ? "success" : "processing"}>
          {t(SIGN_UP_LABEL[mine.state])}
        </Tag>
        {mine.state === "SIGNED_UP" && !started && (
          <Button
            size="small"
            loading={cancelling.loading}
            onClick={() =>
              void attempt(
                () => cancel({ variables: { input: { signUpId: mine.id } }, errorPolicy: "all" }),
                "cancelVolunteerSignUp",
              ).then(done)
            }
          >
            {t("teams.activities.cancelSignUp")}
          </Button>
        )}
      </Space>
    );
  else if (activity.state === "OPEN" && !over && activity.signedUpCount < activity.slots)
    control = (
      <Button
        size="small"
        type="primary"
        loading={signing.loading}
        onClick={() =>
          void attempt(
            () => signUp({ variables: { input: { activityId: activity.id } }, errorPolicy: "all" }),
            "signUpForVolunteerActivity",
          ).then(done)
        }
      >
        {t("teams.activities.signUp")}
      </Button>
    );
  if (!control && !failure) return null;
  return (
    <div className="teams-activity__mine">
      {control}
      <ActionError failure={failure} />
    </div>
  );
}

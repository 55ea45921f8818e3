import { useMutation, useQuery } from "@apollo/client";
import { Button, Input, Select, Space, Typography } from "antd";
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import { Facts, ProfileSection } from "../profile/ProfileSection";
import { problemOf } from "../profile/sectionErrors";
import { paths } from "../router";
import { StatusTag } from "../ui/tags";
import { PROJECT_STATUS, statusTone } from "./climbLabels";

export const CLIMB_SECTION = graphql(`
  query ClimbSection($id: ID!) {
    person(id: $id) {
      id
      climbTier {
        id
        tier
        basis
        setAt
        setBy {
          id
          name
        }
      }
      formationProgress {
        completed
        completedAt
        modulesMet
        moduleCount
        hours
        requiredHours
        programme {
          id
          title
        }
      }
      projects {
        id
        title
        status
      }
      habitParticipations {
        id
        goalMet
        project {
          id
          title
        }
      }
      practiceVisitSignUps {
        id
        reflectionStatus
        visit {
          id
          title
        }
      }
      competitionEntries {
        id
        title
        status
        result
        competition {
          id
          name
        }
      }
      placements {
        id
        kind
        topic
        status
        startsOn
        endsOn
      }
    }
  }
`);

export const SET_CLIMB_TIER = graphql(`
  mutation SetClimbTierFromProfile($input: SetClimbTierInput!) {
    setClimbTier(input: $input) {
      id
      tier
      basis
    }
  }
`);

/**
 * 攀登计划与新生养成 on a student's profile: the tier with its basis, the freshman programme's
 * progress, and what the tiers rest on (projects, habit projects, practice visits, competition
 * entries, placements). Each part is shown as far as the server lets the caller read it (the
 * student, staff; placements only to staff in scope); an organiser moves the tier here, and the
 * server's tier rules decide. Left out for a caller who may read none of it.
 */
export function ClimbSection({ personId }: { personId: string }) {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const { data, error, refetch } = useQuery(CLIMB_SECTION, {
    variables: { id: personId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const person = data?.person;
  if (!person) return null;
  const parts = [
    person.climbTier,
    person.formationProgress,
    person.projects,
    person.habitParticipations,
    person.practiceVisitSignUps,
    person.competitionEntries,
    person.placements,
  ];
  // Every part refused or failed: nothing to show this caller.
  if (error && parts.every((part) => part == null)) return null;
  const organiser = session?.user.roles.includes("admin") ?? false;
  const tier = person.climbTier?.tier ?? 1;
  const progress = person.formationProgress;
  return (
    <ProfileSection
      id="climb"
      title={t("climbSection.title")}
      problem={error ? (problemOf(error.graphQLErrors) ?? "unavailable") : null}
    >
      <Facts
        items={[
          {
            label: t("climbSection.tier"),
            value: (
              <span data-tier={tier}>
                {t("climbSection.tierN", { tier })}
                {!person.climbTier && ` ${t("climbSection.tierDefault")}`}
              </span>
            ),
          },
          ...(person.climbTier
            ? [
                { label: t("climbSection.basis"), value: person.climbTier.basis },
                {
                  label: t("climbSection.setAt"),
                  value: `${dateTime(person.climbTier.setAt)}${
                    person.climbTier.setBy ? ` · ${person.climbTier.setBy.name}` : ""
                  }`,
                },
              ]
            : []),
          {
            label: t("climbSection.formation"),
            value: progress ? (
              <span data-formation={progress.completed ? "completed" : "in-progress"}>
                {progress.programme.title}{" "}
                <StatusTag tone={progress.completed ? "done" : "active"}>
                  {progress.completed ? t("formation.completed") : t("formation.inProgress")}
                </StatusTag>
                <br />
                {t("formation.modulesMet", {
                  met: progress.modulesMet,
                  count: progress.moduleCount,
                })}{" "}
                ·{" "}
                {t("formation.hoursOf", {
                  hours: progress.hours,
                  required: progress.requiredHours,
                })}
              </span>
            ) : null,
          },
        ]}
      />
      <ClimbList
        kind="projects"
        title={t("climbSection.projects")}
        rows={(person.projects ?? []).map((p) => ({
          id: p.id,
          text: <Link to={paths.climbProject(p.id)}>{p.title}</Link>,
          status: p.status,
          label: t(PROJECT_STATUS[p.status]),
        }))}
      />
      <ClimbList
        kind="competitions"
        title={t("climbSection.competitions")}
        rows={(person.competitionEntries ?? []).map((e) => ({
          id: e.id,
          text: (
            <>
              <Link to={paths.competition(e.competition.id)}>{e.competition.name}</Link> · {e.title}
            </>
          ),
          status: e.result ?? e.status,
          label: e.result
            ? t(`competitions.result.${e.result}`)
            : t(`competitions.status.${e.status}`),
        }))}
      />
      <ClimbList
        kind="habits"
        title={t("climbSection.habits")}
        rows={(person.habitParticipations ?? []).map((h) => ({
          id: h.id,
          text: <Link to={paths.habitProject(h.project.id)}>{h.project.title}</Link>,
          status: h.goalMet === null ? "ACTIVE" : h.goalMet ? "ACCEPTED" : "ABANDONED",
          label:
            h.goalMet === null
              ? t("climbSection.habitOngoing")
              : h.goalMet
                ? t("climbSection.habitMet")
                : t("climbSection.habitNotMet"),
        }))}
      />
      <ClimbList
        kind="visits"
        title={t("climbSection.visits")}
        rows={(person.practiceVisitSignUps ?? []).map((s) => ({
          id: s.id,
          text: <Link to={paths.practiceVisit(s.visit.id)}>{s.visit.title}</Link>,
          status: s.reflectionStatus,
          label: t(`habits.reflection.${s.reflectionStatus}`),
        }))}
      />
      <ClimbList
        kind="placements"
        title={t("climbSection.placements")}
        rows={(person.placements ?? []).map((p) => ({
          id: p.id,
          text: `${t(`placements.kind.${p.kind}`)} · ${p.topic} (${p.startsOn} – ${p.endsOn})`,
          status: p.status,
          label: t(`placements.status.${p.status}`),
        }))}
      />
      {organiser && <SetTierForm personId={personId} current={tier} onSet={() => void refetch()} />}
    </ProfileSection>
  );
}

interface ClimbRow {
  id: string;
  text: ReactNode;
  status: string;
  label: string;
}

/** One kind of the student's climb-plan work, with each item's state; nothing when there is none. */
function ClimbList({ kind, title, rows }: { kind: string; title: string; rows: ClimbRow[] }) {
  if (!rows.length) return null;
  return (
    <div className="climb-section__part" data-part={kind}>
      <Typography.Text strong>{title}</Typography.Text>
      <ul className="climb-section__list">
        {rows.map((row) => (
          <li key={row.id} data-status={row.status}>
            {row.text} <StatusTag tone={statusTone(row.status)}>{row.label}</StatusTag>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An organiser moves the student's tier with a basis; the server's rules decide and say why not. */
function SetTierForm({
  personId,
  current,
  onSet,
}: {
  personId: string;
  current: number;
  onSet: () => void;
}) {
  const { t } = useI18n();
  const [tier, setTier] = useState(Math.min(current + 1, 3));
  const [basis, setBasis] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [setClimbTier, { loading }] = useMutation(SET_CLIMB_TIER);
  const submit = async () => {
    setFailure(null);
    const refused = await attempt(
      () => setClimbTier({ variables: { input: { personId, tier, basis } } }),
      "setClimbTier",
    );
    if (refused) setFailure(refused);
    else {
      setBasis("");
      onSet();
    }
  };
  return (
    <form
      aria-label={t("climbSection.setForm")}
      className="climb-section__form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Space wrap>
        <Select
          aria-label={t("climbSection.newTier")}
          value={tier}
          onChange={setTier}
          options={[1, 2, 3].map((n) => ({
            value: n,
            label: t("climbSection.tierN", { tier: n }),
          }))}
          style={{ minWidth: 120 }}
        />
        <Input
          aria-label={t("climbSection.basis")}
          placeholder={t("climbSection.basisHint")}
          value={basis}
          maxLength={1000}
          onChange={(event) => setBasis(event.target.value)}
          style={{ minWidth: 220 }}
        />
        <Button htmlType="submit" type="primary" loading={loading} disabled={!basis.trim()}>
          {t("climbSection.set")}
        </Button>
      </Space>
      <ActionError
        failure={failure}
        fields={{ "input.basis": "climbSection.basis", "input.tier": "climbSection.newTier" }}
        explain={(f) => {
          if (f.field !== "input.tier") return null;
          if (/one tier at a time/.test(f.detail ?? ""))
            return t("climbSection.refused.oneAtATime");
          return tier === 3 ? t("climbSection.refused.tier3") : t("climbSection.refused.tier2");
        }}
      />
    </form>
  );
}

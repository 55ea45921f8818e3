import { useQuery } from "@apollo/client";
import { Tag } from "antd";
import type { AssignmentTarget } from "../generated/graphql";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { ProfileSection } from "../profile/ProfileSection";
import { Link, paths } from "../router";
import { EmptyText } from "../ui/feedback";
import { CardState } from "./HomeParts";
import { campusToday, isRunning } from "./duties";

/**
 * 工作职责: what a member of staff covers (their staff assignments: role, the class, grid,
 * building, branch or unit, since when), on their profile instead of a student's fields. People
 * shows a person's duties to themselves and administrators; anyone else gets its refusal.
 */
export const STAFF_DUTIES = graphql(`
  query StaffDuties($id: ID!) {
    person(id: $id) {
      id
      staffAssignments {
        id
        role
        targetKind
        targetId
        startsOn
        endsOn
      }
    }
  }
`);

export const DUTY_TARGET = graphql(`
  query DutyTarget(
    $id: ID!
    $class: Boolean!
    $grid: Boolean!
    $building: Boolean!
    $unit: Boolean!
  ) {
    studentClass(id: $id) @include(if: $class) {
      id
      name
    }
    grid(id: $id) @include(if: $grid) {
      id
      name
    }
    building(id: $id) @include(if: $building) {
      id
      name
    }
    orgUnit(id: $id) @include(if: $unit) {
      id
      name
    }
  }
`);

const TARGET_LABEL = {
  CLASS: "home.target.CLASS",
  GRID: "home.target.GRID",
  BUILDING: "home.target.BUILDING",
  BRANCH: "home.target.BRANCH",
  UNIT: "home.target.UNIT",
} as const satisfies Record<AssignmentTarget, MessageKey>;

/** The name of what a duty covers, a link where the app has a page for it. */
function TargetName({ kind, id }: { kind: AssignmentTarget; id: string }) {
  const { t } = useI18n();
  const { data } = useQuery(DUTY_TARGET, {
    variables: {
      id,
      class: kind === "CLASS",
      grid: kind === "GRID",
      building: kind === "BUILDING",
      unit: kind === "BRANCH" || kind === "UNIT",
    },
    errorPolicy: "all",
  });
  const name =
    data?.studentClass?.name ?? data?.grid?.name ?? data?.building?.name ?? data?.orgUnit?.name;
  const text = name ?? t("app.none");
  if (kind === "GRID" && name) return <Link to={paths.grid(id)}>{text}</Link>;
  if (kind === "BUILDING" && name) return <Link to={paths.building(id)}>{text}</Link>;
  if (kind === "UNIT" && name) return <Link to={paths.unitDashboard(id)}>{text}</Link>;
  return <span>{text}</span>;
}

export function StaffDutiesSection({ personId }: { personId: string }) {
  const { t, label, localDate } = useI18n();
  const { data, loading, error, refetch } = useQuery(STAFF_DUTIES, {
    variables: { id: personId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const duties = data?.person?.staffAssignments;
  const today = campusToday();
  return (
    <ProfileSection id="duties" title={t("home.duties.title")} problem={null}>
      <CardState
        loading={loading}
        error={error}
        hasData={!!duties}
        forbidden={t("home.duties.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {duties && duties.length === 0 && <EmptyText>{t("home.duties.none")}</EmptyText>}
      {duties && duties.length > 0 && (
        <ul className="home-list" data-list="duties">
          {duties.map((d) => (
            <li key={d.id} data-duty={d.role} data-target={d.targetKind}>
              <span className="home-list__role">{label("StaffRole", d.role)}</span>
              <span>
                {t(TARGET_LABEL[d.targetKind])} <TargetName kind={d.targetKind} id={d.targetId} />
              </span>
              <span className="home-list__extra">
                {d.endsOn
                  ? t("home.duties.period", {
                      from: localDate(d.startsOn),
                      to: localDate(d.endsOn),
                    })
                  : t("home.duties.since", { from: localDate(d.startsOn) })}
                {!isRunning(d, today) && <Tag>{t("home.duties.ended")}</Tag>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </ProfileSection>
  );
}

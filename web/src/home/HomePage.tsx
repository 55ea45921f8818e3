import type { ReactNode } from "react";
import { useSession } from "../auth/useSession";
import { isStudentOnly } from "../auth/roles";
import type { Role } from "../graphql/types";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Loading } from "../ui/feedback";
import { useDuties } from "./duties";
import {
  AccessLogCard,
  AdminCard,
  BranchCardList,
  BuildingsCard,
  ClassesCard,
  DeveloperCard,
  GridsCard,
  MyCasesCard,
  MyStudentsCard,
  QueueCard,
  ReferralsCard,
  UnitsCard,
} from "./StaffSections";
import { StudentPortal } from "./StudentPortal";

/** The cards of each duty's home, in the order a person holding it needs them. */
type Card =
  | "queue"
  | "students"
  | "classes"
  | "grids"
  | "buildings"
  | "branch"
  | "units"
  | "referrals"
  | "cases"
  | "accessLog"
  | "admin"
  | "developer";

const HOME_CARDS: Record<Exclude<Role, "student" | "service">, readonly Card[]> = {
  counselor: ["queue", "students", "classes"],
  class_adviser: ["classes", "queue"],
  grid_leader: ["grids"],
  building_leader: ["buildings"],
  branch_secretary: ["branch"],
  college_admin: ["units", "queue"],
  school_admin: ["units", "queue"],
  psychology_teacher: ["referrals"],
  task_force_member: ["cases"],
  organiser: ["branch"],
  community_staff: [],
  admin: ["admin", "queue"],
  auditor: ["accessLog"],
  developer: ["developer"],
};

/** 首页: a student's portal (我的), or for staff a workbench with one card per duty in the token. */
export function HomePage() {
  const session = useSession();
  const roles = session?.user.roles ?? [];
  if (session && isStudentOnly(roles) && session.user.personId)
    return <StudentPortal personId={session.user.personId} />;
  return <StaffHome roles={roles} />;
}

function StaffHome({ roles }: { roles: readonly Role[] }) {
  const { t, label } = useI18n();
  const session = useSession();
  const { targets, loading } = useDuties();
  useDocumentTitle(t("home.title"));
  const cards = [
    ...new Set(
      roles.flatMap((role) => (role === "student" || role === "service" ? [] : HOME_CARDS[role])),
    ),
  ];
  const units = [...targets("COLLEGE_ADMIN", "UNIT"), ...targets("SCHOOL_ADMIN", "UNIT")];
  const classes = [...targets("CLASS_ADVISER", "CLASS"), ...targets("COUNSELOR", "CLASS")];
  const needsDuties = cards.some((c) =>
    ["classes", "grids", "buildings", "branch", "units"].includes(c),
  );
  const render: Record<Card, () => ReactNode> = {
    queue: () => <QueueCard />,
    students: () => <MyStudentsCard />,
    classes: () => <ClassesCard ids={[...new Set(classes)]} />,
    grids: () => <GridsCard ids={targets("GRID_LEADER", "GRID")} />,
    buildings: () => <BuildingsCard ids={targets("BUILDING_LEADER", "BUILDING")} />,
    branch: () => (
      <BranchCardList
        ids={[
          ...new Set([...targets("BRANCH_SECRETARY", "BRANCH"), ...targets("ORGANISER", "BRANCH")]),
        ]}
      />
    ),
    units: () => <UnitsCard ids={[...new Set(units)]} />,
    referrals: () => <ReferralsCard />,
    cases: () => <MyCasesCard />,
    accessLog: () => <AccessLogCard />,
    admin: () => <AdminCard />,
    developer: () => <DeveloperCard />,
  };
  return (
    <div data-page="home" data-home={roles.join(" ")}>
      <PageHeading>{t("home.title")}</PageHeading>
      <p className="page-intro">
        {t("home.greeting", {
          name: session?.user.name ?? "",
          roles: roles.map((r) => label("Role", r)).join("、"),
        })}
      </p>
      {needsDuties && loading ? (
        <Loading text={t("home.loadingDuties")} />
      ) : (
        <div className="profile-grid home-grid">
          {cards.map((card) => (
            <div key={card} className="home-card" data-card={card}>
              {render[card]()}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

import { Button, Layout, Menu, Spin, type MenuProps } from "antd";
import { Suspense, lazy, useLayoutEffect, type ComponentType } from "react";
import {
  NavigationType,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useNavigationType,
  useParams,
} from "react-router";
import { signOut } from "./auth/session";
import { useSession } from "./auth/useSession";
import { useI18n } from "./i18n/I18nProvider";
import { LanguageSwitch } from "./i18n/LanguageSwitch";
import { NotFoundPage } from "./pages/NotFoundPage";
import { SignInPage } from "./pages/SignInPage";
import { NAV_ITEMS, currentNav, menuFor, type NavItem } from "./home/menu";
import { Link, paths } from "./router";
import { NotificationBell } from "./notifications/NotificationBell";

// Each page is its own chunk: the first load brings the shell and the sign-in page, not every
// page's tables and forms.
const StudentListPage = lazy(() =>
  import("./pages/StudentListPage").then((m) => ({ default: m.StudentListPage })),
);
const StudentProfilePage = lazy(() =>
  import("./pages/StudentProfilePage").then((m) => ({ default: m.StudentProfilePage })),
);
const WarningQueuePage = lazy(() =>
  import("./pages/WarningQueuePage").then((m) => ({ default: m.WarningQueuePage })),
);
const CaseListPage = lazy(() =>
  import("./pages/CaseListPage").then((m) => ({ default: m.CaseListPage })),
);
const WarningRulesPage = lazy(() =>
  import("./pages/WarningRulesPage").then((m) => ({ default: m.WarningRulesPage })),
);
// casework (issue 12): one warning's page, and the notifications.
const WarningPage = lazy(() =>
  import("./warnings/WarningPage").then((m) => ({ default: m.WarningPage })),
);
const NotificationsPage = lazy(() =>
  import("./notifications/NotificationsPage").then((m) => ({ default: m.NotificationsPage })),
);
const PeerReportsPage = lazy(() =>
  import("./peer-reports/PeerReportsPage").then((m) => ({ default: m.PeerReportsPage })),
);
const ReportClassmatePage = lazy(() =>
  import("./peer-reports/ReportClassmatePage").then((m) => ({ default: m.ReportClassmatePage })),
);
const ReferralsPage = lazy(() =>
  import("./notifications/ReferralsPage").then((m) => ({ default: m.ReferralsPage })),
);
const AssistanceCasePage = lazy(() =>
  import("./pages/AssistanceCasePage").then((m) => ({ default: m.AssistanceCasePage })),
);
const GridPage = lazy(() => import("./pages/GridPage").then((m) => ({ default: m.GridPage })));
const OpenWarningsDashboard = lazy(() =>
  import("./dashboards/OpenWarningsDashboard").then((m) => ({ default: m.OpenWarningsDashboard })),
);
const CaseworkDashboard = lazy(() =>
  import("./dashboards/CaseworkDashboard").then((m) => ({ default: m.CaseworkDashboard })),
);

const DashboardsIndex = lazy(() =>
  import("./dashboards/DashboardsIndex").then((m) => ({ default: m.DashboardsIndex })),
);
const UniversityDashboard = lazy(() =>
  import("./dashboards/UniversityDashboard").then((m) => ({ default: m.UniversityDashboard })),
);
const UnitDashboard = lazy(() =>
  import("./dashboards/UnitDashboard").then((m) => ({ default: m.UnitDashboard })),
);
const WarningRowsPage = lazy(() =>
  import("./dashboards/WarningRowsPage").then((m) => ({ default: m.WarningRowsPage })),
);
const HomePage = lazy(() => import("./home/HomePage").then((m) => ({ default: m.HomePage })));
const BuildingPage = lazy(() =>
  import("./home/BuildingPage").then((m) => ({ default: m.BuildingPage })),
);
const CollegeTermReport = lazy(() =>
  import("./dashboards/CollegeTermReport").then((m) => ({ default: m.CollegeTermReport })),
);
const RosterPage = lazy(() =>
  import("./roster/RosterPage").then((m) => ({ default: m.RosterPage })),
);
const AdminConsolePage = lazy(() =>
  import("./admin/AdminConsolePage").then((m) => ({ default: m.AdminConsolePage })),
);
const PartyBoardPage = lazy(() =>
  import("./party/PartyBoardPage").then((m) => ({ default: m.PartyBoardPage })),
);
const PartyWorkPage = lazy(() =>
  import("./partywork/PartyWorkPage").then((m) => ({ default: m.PartyWorkPage })),
);
const GovernanceBoardPage = lazy(() =>
  import("./governance/GovernanceBoardPage").then((m) => ({ default: m.GovernanceBoardPage })),
);
const WorkItemPage = lazy(() =>
  import("./governance/WorkItemPage").then((m) => ({ default: m.WorkItemPage })),
);
const MeetingsPage = lazy(() =>
  import("./governance/MeetingsPage").then((m) => ({ default: m.MeetingsPage })),
);
const MeetingPage = lazy(() =>
  import("./governance/MeetingPage").then((m) => ({ default: m.MeetingPage })),
);
const TeamsPage = lazy(() => import("./teams/TeamsPage").then((m) => ({ default: m.TeamsPage })));
const DutyPage = lazy(() => import("./duty/DutyPage").then((m) => ({ default: m.DutyPage })));
const DutyRosterPage = lazy(() =>
  import("./duty/DutyRosterPage").then((m) => ({ default: m.DutyRosterPage })),
);
const TeamPage = lazy(() => import("./teams/TeamPage").then((m) => ({ default: m.TeamPage })));
const HabitsPage = lazy(() =>
  import("./habits/HabitsPage").then((m) => ({ default: m.HabitsPage })),
);
const HabitProjectPage = lazy(() =>
  import("./habits/HabitProjectPage").then((m) => ({ default: m.HabitProjectPage })),
);
const PracticeVisitPage = lazy(() =>
  import("./habits/PracticeVisitPage").then((m) => ({ default: m.PracticeVisitPage })),
);
const ClimbPage = lazy(() => import("./climb/ClimbPage").then((m) => ({ default: m.ClimbPage })));
const ChallengePage = lazy(() =>
  import("./climb/ChallengePage").then((m) => ({ default: m.ChallengePage })),
);
const ClimbProjectPage = lazy(() =>
  import("./climb/ProjectPage").then((m) => ({ default: m.ProjectPage })),
);
const ReviewQueuePage = lazy(() =>
  import("./climb/ReviewQueuePage").then((m) => ({ default: m.ReviewQueuePage })),
);
const PlacementsPage = lazy(() =>
  import("./placements/PlacementsPage").then((m) => ({ default: m.PlacementsPage })),
);
const FormationPage = lazy(() =>
  import("./formation/FormationPage").then((m) => ({ default: m.FormationPage })),
);
const CompetitionsPage = lazy(() =>
  import("./competitions/CompetitionsPage").then((m) => ({ default: m.CompetitionsPage })),
);
const CompetitionPage = lazy(() =>
  import("./competitions/CompetitionsPage").then((m) => ({ default: m.CompetitionPage })),
);
const AuditConsolePage = lazy(() =>
  import("./admin/AuditConsolePage").then((m) => ({ default: m.AuditConsolePage })),
);
const OrgTreePage = lazy(() =>
  import("./org/OrgTreePage").then((m) => ({ default: m.OrgTreePage })),
);
const CoveragePage = lazy(() =>
  import("./coverage/CoveragePage").then((m) => ({ default: m.CoveragePage })),
);

// people maintained (issue 14): 名册导入.
const ResidenceImportPage = lazy(() =>
  import("./admin/ResidenceImportPage").then((m) => ({ default: m.ResidenceImportPage })),
);
const RosterImportPage = lazy(() =>
  import("./people-admin/RosterImportPage").then((m) => ({ default: m.RosterImportPage })),
);

// courses (issue 15): 我的课程 and an instructor's session (check-in and roll call).
const MyCoursesPage = lazy(() =>
  import("./courses/MyCoursesPage").then((m) => ({ default: m.MyCoursesPage })),
);
const SessionAttendancePage = lazy(() =>
  import("./courses/SessionAttendancePage").then((m) => ({ default: m.SessionAttendancePage })),
);

/** One record's page (`/people/:id`, ...), keyed by id: another record is a fresh page (focus, scroll, state). */
function ById({ page: Page }: { page: ComponentType<{ id: string }> }) {
  const { id } = useParams();
  return id ? <Page key={id} id={id} /> : <NotFoundPage />;
}

/** Like the browser on a full page load: a new entry (a link, a push) starts at the top. */
function ScrollToTopOnPush() {
  const { key } = useLocation();
  const type = useNavigationType();
  useLayoutEffect(() => {
    if (type === NavigationType.Push) window.scrollTo(0, 0);
  }, [key, type]);
  return null;
}

function PageLoading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <Spin size="small" /> {t("app.loading")}
    </p>
  );
}

function AppRoutes() {
  const { pathname } = useLocation();
  // Paths match exactly, as they always have: `/warnings/` is no page (react-router would allow it).
  if (pathname !== "/" && pathname.endsWith("/")) return <NotFoundPage />;
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route caseSensitive path="/" element={<HomePage />} />
        <Route caseSensitive path="/students" element={<StudentListPage />} />
        <Route caseSensitive path="/buildings/:id" element={<ById page={BuildingPage} />} />
        <Route caseSensitive path="/people/:id" element={<ById page={StudentProfilePage} />} />
        <Route caseSensitive path="/warnings" element={<WarningQueuePage />} />
        <Route caseSensitive path="/party" element={<PartyBoardPage />} />
        <Route caseSensitive path="/partywork" element={<PartyWorkPage />} />
        <Route caseSensitive path="/governance" element={<GovernanceBoardPage />} />
        <Route caseSensitive path="/governance/items/:id" element={<ById page={WorkItemPage} />} />
        <Route caseSensitive path="/governance/meetings" element={<MeetingsPage />} />
        <Route
          caseSensitive
          path="/governance/meetings/:id"
          element={<ById page={MeetingPage} />}
        />
        <Route caseSensitive path="/teams" element={<TeamsPage />} />
        <Route caseSensitive path="/teams/:id" element={<ById page={TeamPage} />} />
        <Route caseSensitive path="/habits" element={<HabitsPage />} />
        <Route
          caseSensitive
          path="/habits/projects/:id"
          element={<ById page={HabitProjectPage} />}
        />
        <Route
          caseSensitive
          path="/habits/visits/:id"
          element={<ById page={PracticeVisitPage} />}
        />
        <Route caseSensitive path="/climb" element={<ClimbPage />} />
        <Route caseSensitive path="/climb/reviews" element={<ReviewQueuePage />} />
        <Route caseSensitive path="/climb/challenges/:id" element={<ById page={ChallengePage} />} />
        <Route
          caseSensitive
          path="/climb/projects/:id"
          element={<ById page={ClimbProjectPage} />}
        />
        <Route caseSensitive path="/placements" element={<PlacementsPage />} />
        <Route caseSensitive path="/formation" element={<FormationPage />} />
        <Route caseSensitive path="/competitions" element={<CompetitionsPage />} />
        <Route caseSensitive path="/competitions/:id" element={<ById page={CompetitionPage} />} />
        <Route caseSensitive path="/duty" element={<DutyPage />} />
        <Route caseSensitive path="/duty/:kind/:id" element={<DutyRosterPage />} />
        <Route caseSensitive path="/warnings/:id" element={<ById page={WarningPage} />} />
        <Route caseSensitive path="/notifications" element={<NotificationsPage />} />
        <Route caseSensitive path="/referrals" element={<ReferralsPage />} />
        <Route caseSensitive path="/peer-reports" element={<PeerReportsPage />} />
        <Route caseSensitive path="/report-classmate" element={<ReportClassmatePage />} />
        <Route caseSensitive path="/cases" element={<CaseListPage />} />
        <Route caseSensitive path="/rules" element={<WarningRulesPage />} />
        <Route caseSensitive path="/cases/:id" element={<ById page={AssistanceCasePage} />} />
        <Route caseSensitive path="/grids/:id" element={<ById page={GridPage} />} />
        <Route caseSensitive path="/dashboards/open-warnings" element={<OpenWarningsDashboard />} />
        <Route caseSensitive path="/dashboards" element={<DashboardsIndex />} />
        <Route caseSensitive path="/dashboards/university" element={<UniversityDashboard />} />
        <Route
          caseSensitive
          path="/dashboards/colleges/:id"
          element={<ById page={UnitDashboard} />}
        />
        <Route caseSensitive path="/dashboards/warnings" element={<WarningRowsPage />} />
        <Route
          caseSensitive
          path="/reports/colleges/:id"
          element={<ById page={CollegeTermReport} />}
        />
        <Route caseSensitive path="/dashboards/cases" element={<CaseworkDashboard />} />
        <Route caseSensitive path="/roster" element={<RosterPage />} />
        <Route caseSensitive path="/admin" element={<AdminConsolePage />} />
        <Route caseSensitive path="/audit" element={<AuditConsolePage />} />
        <Route caseSensitive path="/courses" element={<MyCoursesPage />} />
        <Route
          caseSensitive
          path="/courses/sessions/:id"
          element={<ById page={SessionAttendancePage} />}
        />
        <Route caseSensitive path="/org" element={<OrgTreePage />} />
        <Route caseSensitive path="/coverage" element={<CoveragePage />} />
        <Route caseSensitive path="/roster-import" element={<RosterImportPage />} />
        <Route caseSensitive path="/residence-import" element={<ResidenceImportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

/** 主导航: a horizontal menu of links, per duty (home/menu.ts); on a narrow screen what does not fit folds into "…". */
function MainNav() {
  const { t } = useI18n();
  const session = useSession();
  const { pathname } = useLocation();
  if (!session) return null;
  const current = currentNav(pathname);
  const items: MenuProps["items"] = menuFor(session.user.roles).map((key) => {
    const item: NavItem = NAV_ITEMS[key];
    return {
      key,
      label: item.external ? (
        // A full page load, same tab: GraphiQL reads this tab's session.
        <a href={item.to}>{t(item.label)}</a>
      ) : (
        <Link to={item.to} aria-current={current === key ? "page" : undefined}>
          {t(item.label)}
        </Link>
      ),
    };
  });
  return (
    <nav className="nav" aria-label={t("nav.label")}>
      <Menu
        mode="horizontal"
        theme="dark"
        className="nav__menu"
        selectedKeys={current ? [current] : []}
        items={items}
      />
    </nav>
  );
}

export function App() {
  const { t, label } = useI18n();
  const session = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();

  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Layout.Header className="topbar">
        <div className="topbar__inner">
          <Link to={paths.home()} className="brand">
            <span className="brand__mark" aria-hidden="true">
              CG
            </span>
            <span className="brand__text">{t("app.title")}</span>
          </Link>
          <MainNav />
          <div className="topbar__end">
            <LanguageSwitch />
            {session && (
              <div className="session" aria-label={t("session.label")} role="group">
                {session.user.personId && <NotificationBell />}
                <span className="session__name">{session.user.name}</span>
                {session.user.roles.length > 0 && (
                  <span className="session__roles">
                    {session.user.roles.map((r) => label("Role", r)).join(" · ")}
                  </span>
                )}
                <Button
                  size="small"
                  ghost
                  onClick={() => {
                    signOut();
                    // Already home: nothing to push (as a link to the current page).
                    const here = pathname + search === paths.home();
                    void navigate(paths.home(), { replace: here });
                  }}
                >
                  {t("session.signOut")}
                </Button>
              </div>
            )}
          </div>
        </div>
      </Layout.Header>
      <Layout.Content id="main" className="main" tabIndex={-1}>
        <ScrollToTopOnPush />
        {session ? <AppRoutes /> : <SignInPage />}
      </Layout.Content>
    </Layout>
  );
}

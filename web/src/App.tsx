import { useLayoutEffect, type ComponentType } from "react";
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
import { AssistanceCasePage } from "./pages/AssistanceCasePage";
import { CaseListPage } from "./pages/CaseListPage";
import { GridPage } from "./pages/GridPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { SignInPage } from "./pages/SignInPage";
import { StudentListPage } from "./pages/StudentListPage";
import { StudentProfilePage } from "./pages/StudentProfilePage";
import { WarningQueuePage } from "./pages/WarningQueuePage";
import { WarningRulesPage } from "./pages/WarningRulesPage";
import { hasCaseworkDuty, isAdministrator, mayUseDashboards } from "./auth/roles";
import { OpenWarningsDashboard } from "./dashboards/OpenWarningsDashboard";
import { Link, paths } from "./router";

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

function AppRoutes() {
  const { pathname } = useLocation();
  // Paths match exactly, as they always have: `/warnings/` is no page (react-router would allow it).
  if (pathname !== "/" && pathname.endsWith("/")) return <NotFoundPage />;
  return (
    <Routes>
      <Route caseSensitive path="/" element={<StudentListPage />} />
      <Route caseSensitive path="/people/:id" element={<ById page={StudentProfilePage} />} />
      <Route caseSensitive path="/warnings" element={<WarningQueuePage />} />
      <Route caseSensitive path="/cases" element={<CaseListPage />} />
      <Route caseSensitive path="/rules" element={<WarningRulesPage />} />
      <Route caseSensitive path="/cases/:id" element={<ById page={AssistanceCasePage} />} />
      <Route caseSensitive path="/grids/:id" element={<ById page={GridPage} />} />
      <Route caseSensitive path="/dashboards/open-warnings" element={<OpenWarningsDashboard />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

export function App() {
  const { t, label } = useI18n();
  const session = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to={paths.students()} className="brand">
            <span className="brand__mark" aria-hidden="true">
              CG
            </span>
            <span className="brand__text">{t("app.title")}</span>
          </Link>
          {session && (
            <nav className="nav" aria-label={t("nav.label")}>
              <Link
                to={paths.students()}
                className="nav__link"
                aria-current={
                  pathname === "/" || pathname.startsWith("/people/") ? "page" : undefined
                }
              >
                {t("nav.students")}
              </Link>
              {hasCaseworkDuty(session.user.roles) && (
                <>
                  <Link
                    to={paths.warnings()}
                    className="nav__link"
                    aria-current={pathname === "/warnings" ? "page" : undefined}
                  >
                    {t("nav.warnings")}
                  </Link>
                  <Link
                    to={paths.cases()}
                    className="nav__link"
                    aria-current={pathname.startsWith("/cases") ? "page" : undefined}
                  >
                    {t("nav.cases")}
                  </Link>
                </>
              )}
              {isAdministrator(session.user.roles) && (
                <Link
                  to={paths.rules()}
                  className="nav__link"
                  aria-current={pathname === "/rules" ? "page" : undefined}
                >
                  {t("nav.rules")}
                </Link>
              )}
              {mayUseDashboards(session.user.roles) && (
                <Link
                  to={paths.openWarningsDashboard()}
                  className="nav__link"
                  aria-current={pathname.startsWith("/dashboards/") ? "page" : undefined}
                >
                  {t("nav.dashboards")}
                </Link>
              )}
              {/* A full page load, same tab: GraphiQL reads this tab's session. */}
              <a href="/graphiql" className="nav__link">
                {t("nav.graphiql")}
              </a>
            </nav>
          )}
          <div className="topbar__end">
            <LanguageSwitch />
            {session && (
              <div className="session" aria-label={t("session.label")} role="group">
                <span className="session__name">{session.user.name}</span>
                {session.user.roles.length > 0 && (
                  <span className="session__roles">
                    {session.user.roles.map((r) => label("Role", r)).join(" · ")}
                  </span>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    signOut();
                    // Already on the list: nothing to push (as a link to the current page).
                    const here = pathname + search === paths.students();
                    void navigate(paths.students(), { replace: here });
                  }}
                >
                  {t("session.signOut")}
                </button>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <ScrollToTopOnPush />
        {session ? <AppRoutes /> : <SignInPage />}
      </main>
    </div>
  );
}

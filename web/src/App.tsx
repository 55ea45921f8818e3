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
import { hasCaseworkDuty, isAdministrator } from "./auth/roles";
import { Link, matchPath, navigate, paths, useLocation } from "./router";

function Routes() {
  const { pathname } = useLocation();
  if (pathname === "/") return <StudentListPage />;
  const person = matchPath("/people/:id", pathname);
  // key: a different person is a fresh page (focus, scroll, state).
  if (person?.id) return <StudentProfilePage key={person.id} id={person.id} />;
  if (pathname === "/warnings") return <WarningQueuePage />;
  if (pathname === "/cases") return <CaseListPage />;
  if (pathname === "/rules") return <WarningRulesPage />;
  const assistanceCase = matchPath("/cases/:id", pathname);
  if (assistanceCase?.id)
    return <AssistanceCasePage key={assistanceCase.id} id={assistanceCase.id} />;
  const grid = matchPath("/grids/:id", pathname);
  if (grid?.id) return <GridPage key={grid.id} id={grid.id} />;
  return <NotFoundPage />;
}

export function App() {
  const { t, label } = useI18n();
  const session = useSession();
  const { pathname } = useLocation();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link href={paths.students()} className="brand">
            <span className="brand__mark" aria-hidden="true">
              CG
            </span>
            <span className="brand__text">{t("app.title")}</span>
          </Link>
          {session && (
            <nav className="nav" aria-label={t("nav.label")}>
              <Link
                href={paths.students()}
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
                    href={paths.warnings()}
                    className="nav__link"
                    aria-current={pathname === "/warnings" ? "page" : undefined}
                  >
                    {t("nav.warnings")}
                  </Link>
                  <Link
                    href={paths.cases()}
                    className="nav__link"
                    aria-current={pathname.startsWith("/cases") ? "page" : undefined}
                  >
                    {t("nav.cases")}
                  </Link>
                </>
              )}
              {isAdministrator(session.user.roles) && (
                <Link
                  href={paths.rules()}
                  className="nav__link"
                  aria-current={pathname === "/rules" ? "page" : undefined}
                >
                  {t("nav.rules")}
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
                    navigate(paths.students());
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
        {session ? <Routes /> : <SignInPage />}
      </main>
    </div>
  );
}

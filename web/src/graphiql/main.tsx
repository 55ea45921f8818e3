/**
 * GraphiQL at /graphiql, same origin as the gateway: queries go to /graphql with the web app's
 * session token (this tab's sessionStorage). Without a session it offers the way to sign in.
 */
import { GraphiQL, type GraphiQLProps } from "graphiql";
import "graphiql/graphiql.css";
import type { ExecutionResult } from "graphql";
import { StrictMode, useMemo } from "react";
import { createRoot } from "react-dom/client";
import { getSession, signOut } from "../auth/session";
import { useSession } from "../auth/useSession";
import { I18nProvider, useI18n } from "../i18n/I18nProvider";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { useDocumentTitle } from "../pages/PageHeading";
import "./graphiql-page.css";

type Fetcher = GraphiQLProps["fetcher"];

function defaultQuery(comment: string) {
  return `# ${comment}
query People {
  people(first: 10, filter: { kind: STUDENT }) {
    totalCount
    edges {
      node {
        id
        name
        number
        cohort
        college {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`;
}

const fetcher: Fetcher = async (params, options) => {
  const token = getSession()?.token;
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      "x-campus-client": "graphiql",
      // Headers typed into GraphiQL's headers editor (e.g. another token) take precedence.
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  if (response.status === 401) signOut("expired");
  // The gateway answers every request, errors included, with a GraphQL response body.
  return (await response.json()) as ExecutionResult;
};

function GraphiQLPage() {
  const { t } = useI18n();
  const session = useSession();
  useDocumentTitle("GraphiQL");
  const initial = useMemo(() => defaultQuery(t("graphiql.defaultQueryComment")), [t]);

  return (
    <div className="gq-page">
      <header className="gq-bar">
        <a className="gq-bar__brand" href="/">
          {t("app.shortTitle")}
        </a>
        <span className="gq-bar__title">GraphiQL</span>
        <span className="gq-bar__spacer" />
        {session && (
          <span className="gq-bar__user">
            {t("graphiql.signedInAs", { name: session.user.name })}
          </span>
        )}
        <a className="gq-bar__link" href="/">
          {t("graphiql.backToApp")}
        </a>
        <LanguageSwitch />
      </header>
      {session ? (
        <main className="gq-main">
          <GraphiQL fetcher={fetcher} defaultQuery={initial} defaultEditorToolsVisibility={false} />
        </main>
      ) : (
        <main className="gq-signin">
          <h1>{t("graphiql.needSignIn.title")}</h1>
          <p>{t("graphiql.needSignIn.body")}</p>
          <p>
            <a className="gq-signin__link" href="/">
              {t("graphiql.needSignIn.link")}
            </a>
          </p>
        </main>
      )}
    </div>
  );
}

const root = document.getElementById("graphiql-root");
if (!root) throw new Error("graphiql.html has no #graphiql-root element");
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <GraphiQLPage />
    </I18nProvider>
  </StrictMode>,
);

import type { ApolloError } from "@apollo/client";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading } from "./PageHeading";

/**
 * What a page about one thing (a person, a grid, a case) shows while the thing is not there:
 * loading; failed as a whole (with a retry); or not found, which is also the answer when the only
 * errors say the id itself is no good (a mistyped address).
 */
export function MissingEntity({
  back,
  loading,
  error,
  refetch,
  text,
}: {
  back: ReactNode;
  loading: boolean;
  error: ApolloError | undefined;
  refetch: () => unknown;
  text: { loading: string; failed: string; notFoundTitle: string; notFoundBody: string };
}) {
  const { t } = useI18n();
  if (loading) {
    return (
      <>
        {back}
        <p className="loading" role="status" aria-live="polite">
          {text.loading}
        </p>
      </>
    );
  }
  const errors = error?.graphQLErrors ?? [];
  const idRejected =
    !error?.networkError &&
    errors.length > 0 &&
    errors.every(
      (e) => e.extensions?.code === "BAD_USER_INPUT" || e.extensions?.code === "NOT_FOUND",
    );
  if (error && !idRejected) {
    return (
      <>
        {back}
        <div className="error-box" role="alert">
          <p>{text.failed}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            {t("app.retry")}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeading>{text.notFoundTitle}</PageHeading>
      <p className="empty" data-state="not-found">
        {text.notFoundBody}
      </p>
    </>
  );
}

import type { ApolloError } from "@apollo/client";
import type { ReactNode } from "react";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
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
  if (loading) {
    return (
      <>
        {back}
        <Loading text={text.loading} />
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
        <LoadError text={text.failed} retry={refetch} />
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeading>{text.notFoundTitle}</PageHeading>
      <EmptyText data-state="not-found">{text.notFoundBody}</EmptyText>
    </>
  );
}

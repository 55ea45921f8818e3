import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, from } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { getSession, signOut, subscribeSession } from "./auth/session";

/** True for the gateway's "sign in first" answer: HTTP 401, or an UNAUTHENTICATED error. */
function isUnauthenticated(
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined,
) {
  return errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED") ?? false;
}

/**
 * Sends the session's bearer token with every request; a refused token ends the session, and
 * the app returns to the sign-in screen.
 */
async function authenticatedFetch(
  input: RequestInfo | URL,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = getSession()?.token;
  if (token) headers.set("authorization", `Bearer ${token}`);
  // Named in the audit log as the application the reads came through.
  headers.set("x-campus-client", "web");
  const response = await fetch(input, { ...init, headers });
  if (response.status === 401) signOut("expired");
  return response;
}

const signOutOnUnauthenticated = new ApolloLink((operation, forward) =>
  forward(operation).map((result) => {
    if (isUnauthenticated(result.errors)) signOut("expired");
    return result;
  }),
);

export function createApolloClient() {
  const client = new ApolloClient({
    link: from([
      signOutOnUnauthenticated,
      new HttpLink({ uri: "/graphql", fetch: authenticatedFetch }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // One list per filter; "load more" appends the next page to it.
            people: relayStylePagination(["filter"]),
            warnings: relayStylePagination(["filter", "orderBy"]),
            assistanceCases: relayStylePagination(["filter"]),
            overdueMeasures: relayStylePagination(["filter"]),
            warningRules: relayStylePagination(),
          },
        },
        // Objects without an id that stand for one thing over time: a newer answer updates them.
        CaseGrading: { merge: true },
        // A student's volunteer service and a team's members: "load more" appends the next page.
        Person: { fields: { volunteerService: relayStylePagination() } },
        Team: { fields: { members: relayStylePagination() } },
        WarningQueueSummary: { merge: true },
      },
    }),
  });
  // Whatever one user saw must not show for the next: drop the cache when the session ends.
  subscribeSession(() => {
    if (!getSession()) void client.clearStore();
  });
  return client;
}

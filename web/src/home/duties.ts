import { useQuery } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { AssignmentTarget, StaffRole } from "../generated/graphql";

/**
 * The signed-in person's duties (Person.staffAssignments, readable by the person themselves): which
 * classes, grids, buildings, branches and units their home shows. `staffScope` is the gateway's
 * own; the app asks the person's record like anyone else.
 */
export const HOME_DUTIES = graphql(`
  query HomeDuties($id: ID!) {
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

export type Duty = NonNullable<
  NonNullable<ResultOf<typeof HOME_DUTIES>["person"]>["staffAssignments"]
>[number];

/** Today on campus (Asia/Shanghai) as YYYY-MM-DD, the calendar the assignments' days are in. */
export function campusToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
}

/** Running today: started, and not yet ended. */
export function isRunning(duty: Duty, today = campusToday()): boolean {
  return (
    duty.startsOn <= today &&
    (duty.endsOn === null || duty.endsOn === undefined || duty.endsOn >= today)
  );
}

/** The signed-in person's duties running today; `error` when people could not say. */
export function useDuties() {
  const session = useSession();
  const personId = session?.user.personId ?? null;
  const { data, loading, error } = useQuery(HOME_DUTIES, {
    variables: { id: personId ?? "" },
    skip: !personId,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const all = data?.person?.staffAssignments ?? [];
  const today = campusToday();
  const running = all.filter((d) => isRunning(d, today));
  const targets = (role: StaffRole, kind: AssignmentTarget) => [
    ...new Set(
      running.filter((d) => d.role === role && d.targetKind === kind).map((d) => d.targetId),
    ),
  ];
  return { duties: running, targets, loading: loading && !data, error };
}

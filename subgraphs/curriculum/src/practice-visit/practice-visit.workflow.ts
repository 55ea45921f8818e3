import { badUserInput } from "@campus/subgraph";
import { ReflectionStatus } from "./practice-visit.enums";

const { NOT_SUBMITTED, SUBMITTED, ACCEPTED, RETURNED } = ReflectionStatus;

/**
 * A practice-visit reflection's life (见习心得), the one place its rules are written: after the
 * visit the student submits it (SUBMITTED); the visit's organiser accepts it (ACCEPTED, final) or
 * returns it with a comment (RETURNED), after which the student submits it again.
 */
export const REFLECTION_TRANSITIONS: Readonly<
  Record<ReflectionStatus, readonly ReflectionStatus[]>
> = Object.freeze({
  [NOT_SUBMITTED]: [SUBMITTED],
  [SUBMITTED]: [ACCEPTED, RETURNED],
  [RETURNED]: [SUBMITTED],
  [ACCEPTED]: [],
});

/** BAD_USER_INPUT unless the reflection may move from `from` to `to`. */
export function assertReflectionTransition(from: ReflectionStatus, to: ReflectionStatus): void {
  if (!REFLECTION_TRANSITIONS[from].includes(to))
    throw badUserInput(`this reflection is ${from}; it cannot become ${to}`, "input.signUpId");
}

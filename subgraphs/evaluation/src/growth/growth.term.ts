import { badUserInput, isTerm } from "@campus/subgraph";

// Terms are the campus calendar's (@campus/subgraph); checking one as an argument is evaluation's.
export { isTerm, termOf } from "@campus/subgraph";

/** BAD_USER_INPUT on `field` unless `value` is a term as termOf writes it. */
export function assertTerm(value: string, field = "term"): void {
  if (!isTerm(value))
    throw badUserInput(
      `${field} must be a term such as "2026-2027-1" (autumn) or "2026-2027-2" (spring)`,
      field,
    );
}

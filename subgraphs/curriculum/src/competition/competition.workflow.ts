import { badUserInput } from "@campus/subgraph";
import { CompetitionEntryStatus } from "./competition.enums";

const { ENTERED, RESULT_RECORDED, WITHDRAWN } = CompetitionEntryStatus;

/**
 * A competition entry's life, the one place its rules are written: a team enters (ENTERED); the
 * mentor, an organiser or an administrator records its result (RESULT_RECORDED), or the team
 * withdraws (WITHDRAWN). Both ends are final: a result is recorded once.
 */
export const ENTRY_TRANSITIONS: Readonly<
  Record<CompetitionEntryStatus, readonly CompetitionEntryStatus[]>
> = Object.freeze({
  [ENTERED]: [RESULT_RECORDED, WITHDRAWN],
  [RESULT_RECORDED]: [],
  [WITHDRAWN]: [],
});

/** BAD_USER_INPUT unless the entry may move from `from` to `to`. */
export function assertEntryTransition(
  from: CompetitionEntryStatus,
  to: CompetitionEntryStatus,
): void {
  if (!ENTRY_TRANSITIONS[from].includes(to))
    throw badUserInput(`this entry is ${from}; it cannot become ${to}`, "input.entryId");
}

import { badUserInput } from "@campus/subgraph";
import { PlacementStatus } from "./placement.enums";

const { PROPOSED, RECOMMENDED, ACCEPTED, EVALUATED, DECLINED, WITHDRAWN } = PlacementStatus;

/**
 * A placement's life (安置), the one place its rules are written: the student or an organiser
 * proposes it (PROPOSED); the college recommends it (RECOMMENDED); the host accepts (ACCEPTED) or
 * declines (DECLINED); at the end the supervisor evaluates it (EVALUATED). Before acceptance the
 * student or an organiser may withdraw it (WITHDRAWN). EVALUATED, DECLINED and WITHDRAWN are final.
 */
export const PLACEMENT_TRANSITIONS: Readonly<Record<PlacementStatus, readonly PlacementStatus[]>> =
  Object.freeze({
    [PROPOSED]: [RECOMMENDED, WITHDRAWN],
    [RECOMMENDED]: [ACCEPTED, DECLINED, WITHDRAWN],
    [ACCEPTED]: [EVALUATED],
    [EVALUATED]: [],
    [DECLINED]: [],
    [WITHDRAWN]: [],
  });

/** BAD_USER_INPUT unless the placement may move from `from` to `to`. */
export function assertPlacementTransition(from: PlacementStatus, to: PlacementStatus): void {
  if (!PLACEMENT_TRANSITIONS[from].includes(to))
    throw badUserInput(`this placement is ${from}; it cannot become ${to}`, "input.placementId");
}

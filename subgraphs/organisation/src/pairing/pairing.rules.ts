import { OrgUnitKind } from "../org-unit/org-unit.enums";
import { PairingKind, PairingState } from "./pairing.enums";

const PARTY_BRANCHES = [
  OrgUnitKind.GENERAL_BRANCH,
  OrgUnitKind.JOINT_BRANCH,
  OrgUnitKind.TEMPORARY_BRANCH,
] as const;

/**
 * The kinds of unit each side of a pairing may be: the first side (a teachers' branch, an office,
 * a school) and the branch it pairs with. The organisation has no unit kind for administrative
 * offices, so an office pairing's first side is an office of the party organisation itself: the
 * community party committee (社区党委) or a general branch (党总支).
 */
export const PAIRING_SIDES: Readonly<
  Record<PairingKind, { unit: readonly OrgUnitKind[]; branch: readonly OrgUnitKind[] }>
> = {
  [PairingKind.TEACHER_STUDENT]: { unit: PARTY_BRANCHES, branch: PARTY_BRANCHES },
  [PairingKind.OFFICE_BRANCH]: {
    unit: [OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.GENERAL_BRANCH],
    branch: [OrgUnitKind.JOINT_BRANCH, OrgUnitKind.TEMPORARY_BRANCH],
  },
  [PairingKind.SCHOOL_BRANCH]: { unit: [OrgUnitKind.SCHOOL], branch: PARTY_BRANCHES },
};

/** The steps a pairing may take from each state: active → ended, and nothing after. */
export const PAIRING_MOVES: Readonly<Record<PairingState, readonly PairingState[]>> = {
  [PairingState.ACTIVE]: [PairingState.ENDED],
  [PairingState.ENDED]: [],
};

export function mayMovePairing(from: PairingState, to: PairingState): boolean {
  return PAIRING_MOVES[from].includes(to);
}

/** Most people one activity counts: the whole community at a gathering. */
export const MAX_PARTICIPANTS = 10000;

import { VanguardTaskState } from "./partywork.enums";

/** The steps a vanguard task may take from each state: open → done, and nothing after. */
export const VANGUARD_TASK_MOVES: Readonly<
  Record<VanguardTaskState, readonly VanguardTaskState[]>
> = {
  [VanguardTaskState.OPEN]: [VanguardTaskState.DONE],
  [VanguardTaskState.DONE]: [],
};

export function mayMove(from: VanguardTaskState, to: VanguardTaskState): boolean {
  return VANGUARD_TASK_MOVES[from].includes(to);
}

import { graphqlEnum } from "@campus/subgraph/data";

/** A vanguard team's task: open until a member or the branch reports it done. */
export enum VanguardTaskState {
  OPEN = "OPEN",
  DONE = "DONE",
}
graphqlEnum(VanguardTaskState, "VanguardTaskState", { description: "进行中 / 已完成" });

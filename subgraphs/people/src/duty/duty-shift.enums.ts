import { graphqlEnum } from "@campus/subgraph/data";

/** Where a duty shift is served: a grid (网格) or a whole building (楼栋), both organisation's. */
export enum DutyPlace {
  GRID = "GRID",
  BUILDING = "BUILDING",
}
graphqlEnum(DutyPlace, "DutyPlace", { description: "网格 (GRID) or 楼栋 (BUILDING)." });

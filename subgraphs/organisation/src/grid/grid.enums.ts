import { graphqlEnum } from "@campus/subgraph/data";

/** What area a grid covers (一个网格: 一层、一个区域或一栋楼). */
export enum GridKind {
  FLOOR = "FLOOR",
  WING = "WING",
  BUILDING = "BUILDING",
}
graphqlEnum(GridKind, "GridKind", {
  description: "楼层 / 区域(一组房间) / 整栋楼",
});

import { Entity, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Grid } from "./grid.entity";

/**
 * One change of the branch responsible for a grid: from which branch (null: none) to which (null:
 * the grid was closed), by whom and when. Rows are only ever added, so a grid's history is never
 * rewritten.
 */
@ObjectType({
  description: "A change of the branch responsible for a grid (包干支部变更): who, when, from, to.",
})
@Entity({ tableName: "grid_branch_change" })
@Index({ properties: ["grid", "createdAt"] })
export class GridBranchChange extends CampusEntity {
  @ManyToOne({ entity: () => Grid, ref: true })
  grid!: Ref<Grid>;

  /** The branch before; null when the grid had none. */
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true })
  fromBranch: Ref<OrgUnit> | null = null;

  /** The branch after; null when the change took the grid's branch away (closing it). */
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true })
  toBranch: Ref<OrgUnit> | null = null;

  /** The administrator who made the change (a Person key); null for callers who are not a person. */
  @Property({ type: "uuid", nullable: true })
  changedById: string | null = null;

  @Field(() => Date, { description: "When the change was made." })
  override createdAt!: Date & Opt;
}

import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from "@mikro-orm/core";
import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Building } from "../building/building.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { GridKind } from "./grid.enums";
import { GridRepository } from "./grid.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({
  description: "A grid (网格): a floor, a wing or a building, looked after by one party branch.",
})
@Entity({ tableName: "grid", repository: () => GridRepository })
@Index({ properties: ["name", "id"] })
export class Grid extends CampusEntity {
  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  /** Resolved by GridResolver.building through a loader. */
  @Index()
  @ManyToOne({ entity: () => Building, ref: true })
  building!: Ref<Building>;

  @Field(() => GridKind, { description: "A floor, a wing (a set of rooms) or a whole building." })
  @Enum({ items: () => GridKind, nativeEnumName: "grid_kind", default: GridKind.FLOOR })
  kind: GridKind & Opt = GridKind.FLOOR;

  /**
   * The branch responsible for this grid (1 branch + N grids), null until one is assigned;
   * resolved through a loader. Every change is kept in GridBranchChange.
   */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true, nullable: true, deleteRule: "restrict" })
  branch: Ref<OrgUnit> | null = null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The day the grid was closed (its rooms freed); null while it is in use.",
  })
  @Property({ type: "date", nullable: true })
  closedOn: string | null = null;

  /** Who closed it; null while open, and for callers who are not a person. */
  @Property({ type: "uuid", nullable: true })
  closedById: string | null = null;
}

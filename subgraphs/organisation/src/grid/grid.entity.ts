import { Entity, Index, ManyToOne, Property, type Ref } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Building } from "../building/building.entity";
import { OrgUnit } from "../org-unit/org-unit.entity";
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

  /** The branch responsible for this grid (1 branch + N grids); resolved through a loader. */
  @Index()
  @ManyToOne({ entity: () => OrgUnit, ref: true })
  branch!: Ref<OrgUnit>;
}

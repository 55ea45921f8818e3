import { Entity, Property } from "@mikro-orm/core";
import { Directive, Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { CampusRepository } from "./campus.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A campus (校区) and its buildings." })
@Entity({ tableName: "campus", repository: () => CampusRepository })
export class Campus extends CampusEntity {
  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;
}

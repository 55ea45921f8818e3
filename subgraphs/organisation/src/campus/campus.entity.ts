import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CampusRepository } from "./campus.repository";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A campus (校区) and its buildings." })
@Entity({ tableName: "campus", repository: () => CampusRepository })
export class Campus {
  @Field(() => ID)
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String)
  @Property({ type: "string", length: 200 })
  name!: string;

  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date & Opt = new Date();

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

import { Entity, Enum, Index, Property, type Opt } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { ResourceKind } from "./resource.enums";
import { ResourceRepository } from "./resource.repository";

/** 资源: something the university offers a student who needs help; pushed by ResourceRules. */
@ObjectType({
  description:
    "资源: tutoring, career guidance, mental-health education, party and league activities or aid, pushed to the students it fits.",
})
@Entity({ tableName: "resource", repository: () => ResourceRepository })
@Index({ properties: ["createdAt", "id"] })
export class Resource extends CampusEntity {
  @Field(() => ResourceKind)
  @Enum({ items: () => ResourceKind, nativeEnumName: "resource_kind" })
  kind!: ResourceKind;

  @Field(() => String)
  @Property({ type: "text" })
  title!: string;

  @Field(() => String)
  @Property({ type: "text" })
  description!: string;

  @Field(() => String, { description: "Who offers it: a centre, an office, a league committee." })
  @Property({ type: "text" })
  provider!: string;

  @Field(() => String, {
    nullable: true,
    description: "Where to go; null for online-only resources.",
  })
  @Property({ type: "text", nullable: true })
  location: string | null = null;

  @Field(() => String, { nullable: true, description: "An http(s) link; null when there is none." })
  @Property({ type: "text", nullable: true })
  url: string | null = null;

  @Field(() => Boolean, {
    description: "Inactive resources stay in inboxes they were pushed to, but are pushed no more.",
  })
  @Property({ type: "boolean", default: true })
  active: boolean & Opt = true;

  @Field(() => Date)
  override createdAt!: Date & Opt;
}

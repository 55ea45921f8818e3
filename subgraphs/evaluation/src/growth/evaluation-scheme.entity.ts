import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property, Unique, type Opt } from "@mikro-orm/core";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { GrowthDomain } from "./growth.enums";

@ObjectType({ description: "How much one domain counts in the total." })
export class DomainWeight {
  @Field(() => GrowthDomain)
  domain!: GrowthDomain;

  @Field(() => Float, { description: "Between 0 and 1; a scheme's five weights sum to 1." })
  weight!: number;
}

@ObjectType({
  description:
    "How a term's comprehensive evaluation (综合评价) is scored: the weight of each domain and the points that score 100 in a domain.",
})
@Entity({ tableName: "evaluation_scheme" })
export class EvaluationScheme {
  @Field(() => ID, {
    nullable: true,
    description: "Null for the default scheme, which is not stored.",
  })
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Field(() => String)
  @Property({ type: "text" })
  @Unique()
  term!: string;

  @Field(() => [DomainWeight], {
    description:
      "One weight for each of the five domains, in the order MORAL, INTELLECTUAL, PHYSICAL, AESTHETIC, LABOUR.",
  })
  @Property({ type: "json" })
  weights!: DomainWeight[];

  @Field(() => Float, {
    description: "Points in a domain that score 100 there; more points still score 100.",
  })
  @Property({ type: "double", runtimeType: "number" })
  pointsForFullMarks!: number;

  /** The administrator who last set it; null for a seeded scheme and for the default. */
  @Property({ type: "uuid", nullable: true })
  updatedById: string | null = null;

  @Field(() => Date, {
    nullable: true,
    description: "When it was last set; null for the default scheme.",
  })
  @Property({ type: "datetime", defaultRaw: "now()" })
  updatedAt: Date & Opt = new Date();
}

import { Directive, Field, ID, Int, ObjectType } from "type-graphql";

/**
 * A person, owned by the people subgraph; here only its key, extended with `enrolments`.
 * Not a database entity: this subgraph stores person ids and never copies names.
 */
@Directive(`@key(fields: "id")`)
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  /** Year of entry, from people's Person.cohort when a field `@requires` it (formationProgress). */
  @Directive("@external")
  @Field(() => Int, { nullable: true })
  cohort?: number | null;
}

/** A Person from its representation: the key, and the cohort when the gateway passed it. */
export function personReference(reference: { id: string } & Record<string, unknown>): Person {
  const cohort = reference.cohort;
  return typeof cohort === "number" && Number.isInteger(cohort)
    ? { id: reference.id, cohort }
    : { id: reference.id };
}

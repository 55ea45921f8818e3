import { Field, Int, ObjectType } from "type-graphql";
import { Person } from "../person/person.entity";

@ObjectType({ description: "One numbered page of a roster, with what a pager needs." })
export class RosterPage {
  @Field(() => [Person])
  nodes!: Person[];

  @Field(() => Int, { description: "Students matching the filter, across all pages." })
  totalCount!: number;

  @Field(() => Int, { description: "This page's number, from 1." })
  page!: number;

  @Field(() => Int)
  pageSize!: number;

  @Field(() => Int, { description: "Pages in all (0 when nobody matches)." })
  pageCount!: number;
}

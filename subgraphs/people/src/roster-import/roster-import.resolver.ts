import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { CreatePersonInput, ImportRosterInput, UpdatePersonInput } from "./roster-import.input";
import { RosterImportService } from "./roster-import.service";
import { RosterImportReport } from "./roster-import.type";

@Resolver()
export class RosterImportResolver {
  @Mutation(() => Person, {
    description:
      "Creates a student or member of staff (administrators only; FORBIDDEN otherwise). BAD_USER_INPUT when the number is taken, or the school, college or class does not exist (or the class is another school's).",
  })
  createPerson(
    @Arg("input", () => CreatePersonInput) input: CreatePersonInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person> {
    return new RosterImportService(ctx).create(input);
  }

  @Mutation(() => Person, {
    description:
      "Changes a person's number, name, cohort, degree level, school, college or class (administrators only), with createPerson's checks. Political status follows party development and is not changed here.",
  })
  updatePerson(
    @Arg("input", () => UpdatePersonInput) input: UpdatePersonInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person> {
    return new RosterImportService(ctx).update(input);
  }

  @Mutation(() => RosterImportReport, {
    description:
      "Imports a roster file's rows (administrators only): every problem reported by row and column; with commit, all rows are written in one transaction when there is none, else nothing.",
  })
  importRoster(
    @Arg("input", () => ImportRosterInput) input: ImportRosterInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<RosterImportReport> {
    return new RosterImportService(ctx).importRoster(input);
  }
}

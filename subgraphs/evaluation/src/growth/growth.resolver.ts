import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.reference";
import { EvaluationScheme } from "./evaluation-scheme.entity";
import { GrowthEvent } from "./growth-event.entity";
import {
  GrowthRecordArgs,
  RecordGrowthEventsInput,
  SetEvaluationSchemeInput,
} from "./growth.input";
import { GrowthService } from "./growth.service";
import { GrowthEventBatchReport, TermEvaluation } from "./term-evaluation.type";

export const GrowthEventConnection = ConnectionType(GrowthEvent, "GrowthEvent");

@Resolver(() => GrowthEvent)
export class GrowthEventResolver {
  @Mutation(() => GrowthEventBatchReport, {
    description:
      "Records facts for students' growth records, from other subgraphs (through the gateway), departmental apps registered for CARE, and administrators. Idempotent: a row whose sourceKey the same sender already recorded is counted as a duplicate and changes nothing. Bad rows are reported and the good ones recorded.",
  })
  recordGrowthEvents(
    @Arg("input", () => RecordGrowthEventsInput) input: RecordGrowthEventsInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GrowthEventBatchReport> {
    return new GrowthService(ctx).record(input);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The student." })
  person(@Root() event: GrowthEvent): Person {
    return { id: event.personId };
  }
}

@Resolver(() => EvaluationScheme)
export class EvaluationSchemeResolver {
  @Query(() => EvaluationScheme, {
    nullable: true,
    description:
      "The term's evaluation scheme; null when none was set, and then the default scheme applies: the five domains weighted 0.2 each, and 20 points in a domain score 100 there (TermEvaluation.scheme shows it).",
  })
  evaluationScheme(
    @Arg("term", () => String) term: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<EvaluationScheme | null> {
    return new GrowthService(ctx).storedScheme(term);
  }

  @Mutation(() => EvaluationScheme, {
    description:
      "Sets a term's evaluation scheme, replacing any earlier one. University administrators only.",
  })
  setEvaluationScheme(
    @Arg("input", () => SetEvaluationSchemeInput) input: SetEvaluationSchemeInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<EvaluationScheme> {
    return new GrowthService(ctx).setScheme(input);
  }

  @FieldResolver(() => Boolean, {
    description: "True for the default scheme, applied to a term that has none of its own.",
  })
  isDefault(@Root() scheme: EvaluationScheme): boolean {
    return scheme.id === null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who last set it; null for the default scheme and a seeded one.",
  })
  updatedBy(@Root() scheme: EvaluationScheme): Person | null {
    return scheme.updatedById ? { id: scheme.updatedById } : null;
  }
}

@Resolver(() => Person)
export class PersonGrowthResolver {
  @FieldResolver(() => GrowthEventConnection, {
    nullable: true,
    description:
      "The person's growth record (成长档案), newest first by occurredOn. Visible to the student and to staff whose duty covers them; null, with FORBIDDEN on this path, to anyone else.",
  })
  growthRecord(
    @Root() person: Person,
    @Args(() => GrowthRecordArgs) args: GrowthRecordArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new GrowthService(ctx).growthRecord(person.id, args);
  }

  @FieldResolver(() => TermEvaluation, {
    nullable: true,
    description:
      "The person's comprehensive evaluation (综合评价) for a term, such as \"2026-2027-1\", from their growth record and the term's scheme. Visible to the student and to staff whose duty covers them; null, with FORBIDDEN on this path, to anyone else.",
  })
  evaluation(
    @Root() person: Person,
    @Arg("term", () => String) term: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<TermEvaluation> {
    return new GrowthService(ctx).evaluation(person.id, term);
  }
}

import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs, groupConnection, type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { OrgUnit } from "../org-unit/org-unit.entity";
import { Person } from "../residence/person.reference";
import { Pairing, PairingActivity } from "./pairing.entity";
import {
  CreatePairingArgs,
  EndPairingArgs,
  LogPairingActivityArgs,
  PairingsArgs,
} from "./pairing.input";
import { PairingService } from "./pairing.service";

type Ctx = RequestContext<Loaders>;

export const PairingConnection = ConnectionType(Pairing);
export const PairingActivityConnection = ConnectionType(PairingActivity);

@ObjectType({ description: "A pairing's activities in one academic term (学期)." })
export class PairingTermActivities {
  @Field(() => String, { description: 'The term, such as "2026-2027-1".' })
  term!: string;

  @Field(() => Int)
  activityCount!: number;

  @Field(() => Int, { description: "People taking part, summed over its activities." })
  participantCount!: number;
}

const RUNNERS =
  "Those who run one of its units: its secretary, its college's administrator, or an administrator.";

async function unitOf(ctx: Ctx, id: string, pairing: Pairing): Promise<OrgUnit> {
  const unit = await ctx.loaders.orgUnit.load(id);
  if (!unit) throw new Error(`pairing ${pairing.id} names no unit ${id}`);
  return unit;
}

@Resolver(() => Pairing)
export class PairingResolver {
  @Query(() => PairingConnection, {
    description:
      "结对共建: pairings, with a unit on either side, of a kind, in a state; latest recorded first.",
  })
  pairings(@Args(() => PairingsArgs) args: PairingsArgs, @Ctx() ctx: Ctx) {
    return new PairingService(ctx).list(args);
  }

  @Query(() => Pairing, { description: "One pairing; NOT_FOUND when there is none." })
  pairing(@Arg("id", () => ID) id: string, @Ctx() ctx: Ctx) {
    return new PairingService(ctx).byId(id);
  }

  @Mutation(() => Pairing, {
    description: `Pairs two units (结对共建) for a period with a plan, ACTIVE. ${RUNNERS} BAD_USER_INPUT for a unit of the wrong kind, a closed unit, a unit paired with itself, a period that ends before it starts, or a teacher or student who is nobody (or named outside a teacher–student pairing); CONFLICT when the two units already have an active pairing of this kind.`,
  })
  createPairing(@Args(() => CreatePairingArgs) args: CreatePairingArgs, @Ctx() ctx: Ctx) {
    return new PairingService(ctx).create(args.input);
  }

  @Mutation(() => PairingActivity, {
    description: `Logs an activity a pairing held. ${RUNNERS} BAD_USER_INPUT once the pairing has ended, or for a day outside its period or in the future.`,
  })
  logPairingActivity(
    @Args(() => LogPairingActivityArgs) args: LogPairingActivityArgs,
    @Ctx() ctx: Ctx,
  ) {
    return new PairingService(ctx).logActivity(args.input);
  }

  @Mutation(() => Pairing, {
    description: `Ends a pairing: ACTIVE → ENDED, kept with who and when. ${RUNNERS} CONFLICT once ended.`,
  })
  endPairing(@Args(() => EndPairingArgs) args: EndPairingArgs, @Ctx() ctx: Ctx) {
    return new PairingService(ctx).end(args.pairingId, args.note);
  }

  @FieldResolver(() => OrgUnit, {
    description: "The first side: a teachers' branch, an office, or a school.",
  })
  unit(@Root() pairing: Pairing, @Ctx() ctx: Ctx): Promise<OrgUnit> {
    return unitOf(ctx, pairing.unit.id, pairing);
  }

  @FieldResolver(() => OrgUnit, { description: "The branch it pairs with." })
  branch(@Root() pairing: Pairing, @Ctx() ctx: Ctx): Promise<OrgUnit> {
    return unitOf(ctx, pairing.branch.id, pairing);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "A teacher–student pairing's teacher; null when none is named.",
  })
  teacher(@Root() pairing: Pairing): Person | null {
    return pairing.teacherId ? { id: pairing.teacherId } : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "A teacher–student pairing's student; null when none is named.",
  })
  student(@Root() pairing: Pairing): Person | null {
    return pairing.studentId ? { id: pairing.studentId } : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who ended it; null while ACTIVE or when not ended by a person.",
  })
  endedBy(@Root() pairing: Pairing): Person | null {
    return pairing.endedById ? { id: pairing.endedById } : null;
  }

  @FieldResolver(() => PairingActivityConnection, {
    description: "Its activity log, latest held first.",
  })
  activities(
    @Root() pairing: Pairing,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<PairingActivity>> {
    return groupConnection(ctx.loaders.activityPagesByPairing, pairing.id, args, "heldOn");
  }

  @FieldResolver(() => [PairingTermActivities], {
    description:
      "Its activities counted per academic term, latest term first; terms without any left out.",
  })
  async activitiesByTerm(
    @Root() pairing: Pairing,
    @Ctx() ctx: Ctx,
  ): Promise<PairingTermActivities[]> {
    const rows = await ctx.loaders.termCountsByPairing.load(pairing.id);
    return rows.map((r) => ({
      term: r.term,
      activityCount: r.activities,
      participantCount: r.participants,
    }));
  }
}

@Resolver(() => PairingActivity)
export class PairingActivityResolver {
  @FieldResolver(() => Pairing)
  async pairing(@Root() activity: PairingActivity, @Ctx() ctx: Ctx): Promise<Pairing> {
    const pairing = await ctx.loaders.pairing.load(activity.pairing.id);
    if (!pairing) throw new Error(`activity ${activity.id} names no pairing`);
    return pairing;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who recorded it; null when not recorded by a person.",
  })
  recordedBy(@Root() activity: PairingActivity): Person | null {
    return activity.recordedById ? { id: activity.recordedById } : null;
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitPairingsResolver {
  @FieldResolver(() => PairingConnection, {
    description: "结对共建: the pairings this unit is on either side of, latest recorded first.",
  })
  async pairings(
    @Root() unit: OrgUnit,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<Pairing>> {
    const sides = await groupConnection(ctx.loaders.pairingPagesByUnit, unit.id, args, "createdAt");
    const pairings = await ctx.loaders.pairing.loadMany(sides.edges.map((e) => e.node.pairing.id));
    const edges = sides.edges.flatMap((edge, i) => {
      const node = pairings[i];
      return node && !(node instanceof Error) ? [{ cursor: edge.cursor, node }] : [];
    });
    return { edges, pageInfo: sides.pageInfo, totalCount: sides.totalCount };
  }
}

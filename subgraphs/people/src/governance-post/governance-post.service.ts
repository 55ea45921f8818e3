import { LockMode } from "@mikro-orm/postgresql";
import { emitGovernancePost } from "../outbox/people-events";
import {
  badUserInput,
  codedError,
  forbidden,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label, selectRows } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { StaffAssignment } from "../staff-assignment/staff-assignment.entity";
import { AssignmentTarget, StaffRole } from "../staff-assignment/staff-assignment.enums";
import { GovernancePost } from "./governance-post.entity";
import { GovernancePostKind, PLACE_OF } from "./governance-post.enums";
import { placeOfPost } from "./governance-post.graph";
import type { AppointGovernancePostInput } from "./governance-post.input";

/** Each kind in the API's words (English), for messages. */
const KIND_NAME: Readonly<Record<GovernancePostKind, string>> = {
  [GovernancePostKind.FLOOR_HEAD]: "floor head",
  [GovernancePostKind.DORM_HEAD]: "dorm head",
  [GovernancePostKind.SAFETY_OFFICER]: "safety officer",
};

/** The day before a day (YYYY-MM-DD). */
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Student governance posts (学生自治岗位). Who appoints and ends them: an administrator, or a member
 * of staff whose running assignment serves the place: the grid's leader or counselor (网格长,
 * 辅导员 over the grid), or the building's leader (楼长). Every check is made before anything is
 * written; the no-overlap rule is checked under a lock per kind and place, so of two appointments
 * racing for one place exactly one is made.
 */
export class GovernancePostService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async appoint(input: AppointGovernancePostInput): Promise<GovernancePost> {
    const me = this.assertStaff("appoint");
    if (input.endsOn < input.startsOn)
      throw badUserInput("the term cannot end before it starts", "input.endsOn");
    const placeKind = PLACE_OF[input.kind];
    const placeId = placeKind === "GRID" ? input.gridId : input.roomId;
    const other = placeKind === "GRID" ? input.roomId : input.gridId;
    const field = placeKind === "GRID" ? "input.gridId" : "input.roomId";
    if (!placeId || other)
      throw badUserInput(
        `a ${input.kind} post is held in a ${placeKind === "GRID" ? "grid" : "room"}: give its id and no other place`,
        field,
      );
    const place = await placeOfPost(this.ctx, placeKind, placeId, input.holderId);
    if (place === null)
      throw badUserInput(
        `no ${placeKind === "GRID" ? "grid in use" : "room"} has the id ${placeId}`,
        field,
      );
    const gridId = placeKind === "GRID" ? placeId : (place?.gridId ?? null);
    const buildingId = place?.buildingId ?? null;
    if (!(await this.serves(me, gridId, buildingId)))
      throw forbidden(
        "governance posts are appointed by the place's grid leader, counselor or building leader, or an administrator",
      );
    const holder = await this.ctx.loaders.person.load(input.holderId);
    if (!holder || holder.kind !== PersonKind.STUDENT)
      throw badUserInput(`no student has the id ${input.holderId}`, "input.holderId");
    if (place && !place.resident)
      throw badUserInput(
        `the student does not live in this ${placeKind === "GRID" ? "grid" : "room"}`,
        "input.holderId",
      );
    const post = await this.ctx.em.transactional(async (em) => {
      // One holder of a kind per place at a time: appointments to the same kind and place take turns.
      // In this transaction (selectRows passes its context): a lock taken outside it would be
      // released at once, and two appointments would both pass the check below.
      await selectRows(
        em,
        "people.lockGovernancePostPlace",
        "select pg_advisory_xact_lock(hashtext(?))",
        [`governance-post:${input.kind}:${placeId}`],
      );
      const candidates = await em.find(
        GovernancePost,
        {
          kind: input.kind,
          ...(placeKind === "GRID" ? { gridId: placeId, roomId: null } : { roomId: placeId }),
          startsOn: { $lte: input.endsOn },
          $or: [
            { endedOn: null, endsOn: { $gte: input.startsOn } },
            { endedOn: { $gt: input.startsOn } },
          ],
        },
        { orderBy: { startsOn: "asc" }, comments: label("people.governancePostOverlap") },
      );
      // A post ended on its first day was never held: it leaves the place free.
      const clash = candidates.find((p) => p.endedOn === null || p.endedOn > p.startsOn);
      if (clash) {
        const heldUntil = clash.endedOn ? dayBefore(clash.endedOn) : clash.endsOn;
        const holder = await this.ctx.loaders.person.load(clash.holderId);
        const holderName = holder?.name ?? "";
        throw codedError(
          "CONFLICT",
          `this ${placeKind === "GRID" ? "grid" : "room"} already has a ${KIND_NAME[input.kind]}: ${holderName}, from ${clash.startsOn} to ${heldUntil}`,
          {
            field: "input.startsOn",
            overlapsId: clash.id,
            holderId: clash.holderId,
            holderName,
            heldFrom: clash.startsOn,
            heldUntil,
          },
        );
      }
      const appointed = em.create(GovernancePost, {
        kind: input.kind,
        holderId: input.holderId,
        gridId,
        roomId: placeKind === "ROOM" ? placeId : null,
        buildingId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        appointedById: me,
      });
      // For the student's growth record, in this transaction: a cadre post.
      await emitGovernancePost(em, appointed);
      return appointed;
    });
    this.forget();
    return post;
  }

  /** Ends a post early: from `endedOn` (today unless given) it is no longer held. */
  async end(postId: string, endedOn: string | null | undefined): Promise<GovernancePost> {
    const me = this.assertStaff("end");
    const post = await this.ctx.em.transactional(async (em) => {
      const post = await em.findOne(
        GovernancePost,
        { id: postId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!post) throw notFound("governance post", postId);
      if (!(await this.serves(me, post.gridId, post.buildingId)))
        throw forbidden(
          "governance posts are ended by the place's grid leader, counselor or building leader, or an administrator",
        );
      if (post.endedOn !== null)
        throw codedError("CONFLICT", `this post was ended on ${post.endedOn}`, {
          postId,
          endedOn: post.endedOn,
        });
      const day = endedOn ?? (today() < post.startsOn ? post.startsOn : today());
      if (day < post.startsOn)
        throw badUserInput(
          `a post cannot end before its term starts (${post.startsOn})`,
          "endedOn",
        );
      if (day > post.endsOn)
        throw badUserInput(`the term already ends on ${post.endsOn}`, "endedOn");
      post.endedOn = day;
      post.endedById = me;
      return post;
    });
    this.forget();
    return post;
  }

  /** Whether the caller may appoint and end posts in this grid or building. */
  private async serves(
    personId: string,
    gridId: string | null,
    buildingId: string | null,
  ): Promise<boolean> {
    if (this.ctx.access.hasRole("admin")) return true;
    const day = today();
    const places = [
      ...(gridId
        ? [
            {
              role: { $in: [StaffRole.GRID_LEADER, StaffRole.COUNSELOR] },
              targetKind: AssignmentTarget.GRID,
              targetId: gridId,
            },
          ]
        : []),
      ...(buildingId
        ? [
            {
              role: StaffRole.BUILDING_LEADER,
              targetKind: AssignmentTarget.BUILDING,
              targetId: buildingId,
            },
          ]
        : []),
    ];
    if (!places.length) return false;
    const count = await this.ctx.em.count(
      StaffAssignment,
      {
        personId,
        startsOn: { $lte: day },
        $and: [{ $or: [{ endsOn: null }, { endsOn: { $gte: day } }] }, { $or: places }],
      },
      { comments: label("people.governancePostServes") },
    );
    return count > 0;
  }

  private assertStaff(action: string): string {
    const me = this.ctx.caller.personId;
    if (!me || !this.ctx.access.isStaff())
      throw forbidden(`only members of staff ${action} governance posts`);
    return me;
  }

  /** The posts of a grid (its rooms' included), held or ahead. */
  ofGrid(gridId: string): Promise<GovernancePost[]> {
    this.assertSignedIn();
    return this.ctx.loaders.governancePostsByGrid.load(gridId);
  }

  /** The posts of a room, held or ahead. */
  ofRoom(roomId: string): Promise<GovernancePost[]> {
    this.assertSignedIn();
    return this.ctx.loaders.governancePostsByRoom.load(roomId);
  }

  /** A student's posts, past ones too, latest term first. */
  ofHolder(personId: string): Promise<GovernancePost[]> {
    this.assertSignedIn();
    return this.ctx.loaders.governancePostsByHolder.load(personId);
  }

  async person(id: string, post: GovernancePost): Promise<Person> {
    const person = await this.ctx.loaders.person.load(id);
    if (!person) throw new Error(`person ${id} of governance post ${post.id} is missing`);
    return person;
  }

  /** Public roles in a building (like the duty roster): shown to anyone signed in. */
  private assertSignedIn(): void {
    if (!this.ctx.caller.personId && !this.ctx.access.hasRole("service"))
      throw forbidden("governance posts are shown to people signed in");
  }

  private forget(): void {
    const { loaders } = this.ctx;
    loaders.governancePostsByGrid.clearAll();
    loaders.governancePostsByRoom.clearAll();
    loaders.governancePostsByHolder.clearAll();
  }
}

import {
  assertId,
  badUserInput,
  codedError,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import { Grid } from "../grid/grid.entity";
import type { Loaders } from "../loaders";
import { Room } from "../room/room.entity";
import { assertPartyMembers } from "./party-graph";
import { PartyPost } from "./party-post.entity";
import { BranchOfficers } from "./partywork.guard";
import type { ChangePartyPostInput, CreatePartyPostInput } from "./partywork.input";

/**
 * Party-member posts (党员示范岗): made, changed and ended by the secretary of the branch
 * responsible for the post's grid (for a room, its grid's) or an administrator. Every refusal is a
 * coded error before anything is written.
 */
export class PartyPostService {
  private readonly officers: BranchOfficers;

  constructor(private readonly ctx: RequestContext<Loaders>) {
    this.officers = new BranchOfficers(ctx);
  }

  async create(input: CreatePartyPostInput): Promise<PartyPost> {
    this.officers.assertMayAct("set up a party-member post");
    if (input.endsOn < input.startsOn)
      throw badUserInput("the term cannot end before it starts", "input.endsOn");
    const gridId = input.gridId ?? null;
    const roomId = input.roomId ?? null;
    if ((gridId === null) === (roomId === null))
      throw badUserInput("a post is in a grid or in a room: give exactly one", "input.gridId");
    const em = this.ctx.em;
    let grid: Grid | null = null;
    let room: Room | null = null;
    if (gridId) {
      grid = await em.findOne(Grid, { id: gridId }, { comments: label("organisation.postGrid") });
      if (!grid || grid.closedOn !== null)
        throw badUserInput(`no grid in use has the id ${gridId}`, "input.gridId");
    } else if (roomId) {
      room = await em.findOne(Room, { id: roomId }, { comments: label("organisation.postRoom") });
      if (!room) throw badUserInput(`no room has the id ${roomId}`, "input.roomId");
      grid = room.grid
        ? await em.findOne(Grid, { id: room.grid.id }, { comments: label("organisation.postGrid") })
        : null;
      if (!grid || grid.closedOn !== null)
        throw badUserInput(
          "the room is in no grid, so no branch is responsible for it",
          "input.roomId",
        );
    }
    const branchId = grid?.branch?.id;
    if (!branchId)
      throw badUserInput(
        "no branch is responsible for this grid yet",
        gridId ? "input.gridId" : "input.roomId",
      );
    await this.officers.assertOfficer(branchId, "set up a post in this branch's grids");
    await assertPartyMembers(this.ctx, [{ id: input.holderId, field: "input.holderId" }]);
    const post = em.create(PartyPost, {
      holderId: input.holderId,
      title: input.title.trim(),
      duties: input.duties.trim(),
      grid: grid && !room ? grid : null,
      room,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      createdById: this.ctx.caller.personId,
    });
    await em.flush();
    this.forget();
    return post;
  }

  async change(input: ChangePartyPostInput): Promise<PartyPost> {
    this.officers.assertMayAct("change a party-member post");
    const { title, duties, holderId, endsOn } = input;
    if (!title && !duties && !holderId && !endsOn)
      throw badUserInput("nothing to change: give a title, duties, a holder or an end", "input");
    const post = await this.open(input.postId, "input.postId");
    await this.officers.assertOfficer(await this.branchOf(post), "change this post");
    if (endsOn && endsOn < post.startsOn)
      throw badUserInput(`the term cannot end before it starts (${post.startsOn})`, "input.endsOn");
    if (holderId) await assertPartyMembers(this.ctx, [{ id: holderId, field: "input.holderId" }]);
    if (title) post.title = title.trim();
    if (duties) post.duties = duties.trim();
    if (holderId) post.holderId = holderId;
    if (endsOn) post.endsOn = endsOn;
    await this.ctx.em.flush();
    this.forget();
    return post;
  }

  async end(postId: string, endedOn: string | null | undefined): Promise<PartyPost> {
    this.officers.assertMayAct("end a party-member post");
    const post = await this.open(postId, "postId");
    await this.officers.assertOfficer(await this.branchOf(post), "end this post");
    const day = endedOn ?? today();
    if (day < post.startsOn)
      throw badUserInput(`a post cannot end before its term starts (${post.startsOn})`, "endedOn");
    if (day > post.endsOn) throw badUserInput(`the term already ends on ${post.endsOn}`, "endedOn");
    post.endedOn = day;
    post.endedById = this.ctx.caller.personId;
    await this.ctx.em.flush();
    this.forget();
    return post;
  }

  /** The branch responsible for the post now: its grid's, or its room's grid's. */
  async branchOf(post: PartyPost): Promise<string> {
    const { loaders } = this.ctx;
    const room = post.room ? await loaders.room.load(post.room.id) : null;
    const gridId = post.grid?.id ?? room?.grid?.id;
    const grid = gridId ? await loaders.grid.load(gridId) : null;
    // A post whose grid lost its branch is an administrator's to sort out.
    return grid?.branch?.id ?? "";
  }

  private async open(postId: string, field: string): Promise<PartyPost> {
    assertId(postId, field);
    const post = await this.ctx.em.findOne(
      PartyPost,
      { id: postId },
      { comments: label("organisation.partyPost") },
    );
    if (!post) throw notFound("party-member post", postId);
    if (post.endedOn !== null)
      throw codedError("CONFLICT", `this post was ended on ${post.endedOn}`, {
        postId,
        endedOn: post.endedOn,
      });
    return post;
  }

  private forget(): void {
    const { loaders } = this.ctx;
    loaders.partyPost.clearAll();
    loaders.postsByGrid.clearAll();
    loaders.postsByBranch.clearAll();
    loaders.postsByHolder.clearAll();
  }
}

import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import { Grid } from "../grid/grid.reference";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { Room } from "../room/room.reference";
import { GovernancePost } from "./governance-post.entity";
import { AppointGovernancePostArgs, EndGovernancePostArgs } from "./governance-post.input";
import { GovernancePostService } from "./governance-post.service";

@Resolver(() => GovernancePost)
export class GovernancePostResolver {
  @Mutation(() => GovernancePost, {
    description:
      "Appoints a student to a governance post (学生自治岗位: 楼层长 or 安全员 in a grid, 宿舍长 in a room) for a term. By an administrator, or the grid's leader or counselor or the building's leader. BAD_USER_INPUT: a term ending before it starts, the wrong kind of place, an unknown place, a holder who is no student or does not live there; FORBIDDEN: anyone else; CONFLICT: the place already has a holder of that kind for part of the term.",
  })
  appointGovernancePost(
    @Args(() => AppointGovernancePostArgs) args: AppointGovernancePostArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GovernancePost> {
    return new GovernancePostService(ctx).appoint(args.input);
  }

  @Mutation(() => GovernancePost, {
    description:
      "Ends a governance post early (by whoever may appoint it); the record stays. NOT_FOUND: no such post; BAD_USER_INPUT: a day before the term starts or after it ends; CONFLICT: already ended.",
  })
  endGovernancePost(
    @Args(() => EndGovernancePostArgs) args: EndGovernancePostArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GovernancePost> {
    return new GovernancePostService(ctx).end(args.postId, args.endedOn);
  }

  @FieldResolver(() => Person, { description: "The student holding the post." })
  holder(@Root() post: GovernancePost, @Ctx() ctx: RequestContext<Loaders>): Promise<Person> {
    return new GovernancePostService(ctx).person(post.holderId, post);
  }

  @FieldResolver(() => Person, { description: "Who appointed the holder." })
  appointedBy(@Root() post: GovernancePost, @Ctx() ctx: RequestContext<Loaders>): Promise<Person> {
    return new GovernancePostService(ctx).person(post.appointedById, post);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who ended it; null while not ended.",
  })
  endedBy(
    @Root() post: GovernancePost,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person> | null {
    return post.endedById ? new GovernancePostService(ctx).person(post.endedById, post) : null;
  }

  @FieldResolver(() => Room, {
    nullable: true,
    description: "A dorm head's room (its number from organisation); null for a grid's post.",
  })
  room(@Root() post: GovernancePost): Room | null {
    return post.roomId ? { id: post.roomId } : null;
  }

  @FieldResolver(() => Grid, {
    nullable: true,
    description: "The grid (its name from organisation): the post's own, or its room's.",
  })
  grid(@Root() post: GovernancePost): Pick<Grid, "id"> | null {
    return post.gridId ? { id: post.gridId } : null;
  }
}

@Resolver(() => Grid)
export class GridGovernancePostsResolver {
  @FieldResolver(() => [GovernancePost], {
    description:
      "学生自治岗位: the students' posts held or ahead in the grid, its rooms' dorm heads included, by kind and start.",
  })
  governancePosts(
    @Root() grid: Grid,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GovernancePost[]> {
    return new GovernancePostService(ctx).ofGrid(grid.id);
  }
}

@Resolver(() => Room)
export class RoomGovernancePostsResolver {
  @FieldResolver(() => [GovernancePost], {
    description: "宿舍长: the room's posts held or ahead, by kind and start.",
  })
  governancePosts(
    @Root() room: Room,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GovernancePost[]> {
    return new GovernancePostService(ctx).ofRoom(room.id);
  }
}

@Resolver(() => Person)
export class PersonGovernancePostsResolver {
  @FieldResolver(() => [GovernancePost], {
    description:
      "学生自治岗位: the student's governance posts, past ones too, latest term first. Public roles in a building: shown to anyone signed in.",
  })
  governancePosts(
    @Root() person: Person,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<GovernancePost[]> {
    return new GovernancePostService(ctx).ofHolder(person.id);
  }
}

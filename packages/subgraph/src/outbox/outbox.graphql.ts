import {
  Arg,
  Args,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import type { RequestContext } from "../context";
import { ConnectionType, PageArgs, type Connection } from "../pagination";
import type { OutboxEvent } from "./outbox-event.entity";
import { OutboxAdministration } from "./outbox";

/**
 * A producer's outbox in its graph: `<producer>DeadLetters` and `replay<Producer>DeadLetter`, and
 * the type `<Producer>OutboxEvent`. Named per producer, so several subgraphs' outboxes compose
 * side by side in the supergraph.
 */
export function outboxGraph(options: {
  /** The producer's name as a field prefix: "curriculum". */
  producer: string;
  /** The relay's job name, run at once after a replay. */
  relayJob: string;
}) {
  const Producer = options.producer[0].toUpperCase() + options.producer.slice(1);

  @ObjectType(`${Producer}OutboxEvent`, {
    description: `An event the ${options.producer} subgraph wrote with a fact another subgraph needs, and its delivery.`,
  })
  class OutboxEventType {
    @Field(() => ID)
    id!: string;

    @Field(() => String, { description: "The producer's key: the consumer records it once." })
    key!: string;

    @Field(() => String, {
      description: "What happened: ATTENDANCE_RECORDED, COURSE_COMPLETED, ...",
    })
    type!: string;

    @Field(() => ID, { description: "The student it is about (a Person id)." })
    studentId!: string;

    @Field(() => String, { description: "What it carries, as JSON." })
    payload!: string;

    @Field(() => Date, { description: "When it was written, with its fact." })
    createdAt!: Date;

    @Field(() => Int, { description: "Delivery attempts since it was written or last replayed." })
    attempts!: number;

    @Field(() => Date, { nullable: true })
    lastAttemptAt!: Date | null;

    @Field(() => String, { nullable: true, description: "Why the last failed attempt failed." })
    lastError!: string | null;

    @Field(() => Date, { nullable: true })
    deliveredAt!: Date | null;

    @Field(() => Date, {
      nullable: true,
      description:
        "When it became a dead letter (its last attempt failed); null while it is tried or once replayed.",
    })
    deadAt!: Date | null;

    @Field(() => Int, { description: "How often an administrator replayed it." })
    replays!: number;

    @Field(() => Date, { nullable: true })
    replayedAt!: Date | null;
  }

  const OutboxEventConnection = ConnectionType(OutboxEventType, `${Producer}OutboxEvent`);

  const toType = (event: OutboxEvent): OutboxEventType => ({
    id: event.id,
    key: event.key,
    type: event.type,
    studentId: event.subject,
    payload: JSON.stringify(event.payload),
    createdAt: event.createdAt,
    attempts: event.attempts,
    lastAttemptAt: event.lastAttemptAt,
    lastError: event.lastError,
    deliveredAt: event.deliveredAt,
    deadAt: event.deadAt,
    replays: event.replays,
    replayedAt: event.replayedAt,
  });

  @Resolver()
  class OutboxResolver {
    @Query(() => OutboxEventConnection, {
      name: `${options.producer}DeadLetters`,
      description: `Events of the ${options.producer} subgraph that failed their last delivery attempt (dead letters), the most recent first, each with its last error. Administrators only.`,
    })
    async deadLetters(
      @Args(() => PageArgs) args: PageArgs,
      @Ctx() ctx: RequestContext,
    ): Promise<Connection<OutboxEventType>> {
      const page = await new OutboxAdministration(ctx, options.relayJob).deadLetters(args);
      return {
        ...page,
        edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toType(edge.node) })),
      };
    }

    @Mutation(() => OutboxEventType, {
      name: `replay${Producer}DeadLetter`,
      description: `Puts a dead letter of the ${options.producer} subgraph back in the queue: its attempts start again at once (the consumer records it once, however often it arrives). CONFLICT for an event that is not a dead letter. Administrators only.`,
    })
    async replay(
      @Arg("id", () => ID) id: string,
      @Ctx() ctx: RequestContext,
    ): Promise<OutboxEventType> {
      return toType(await new OutboxAdministration(ctx, options.relayJob).replay(id));
    }
  }

  return { resolvers: [OutboxResolver] as const, types: [OutboxEventType] };
}

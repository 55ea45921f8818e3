import { Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Internal } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import { ConnectionType, PageArgs } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Person } from "../person/person.entity";
import { AccessRecord } from "./access-record.entity";
import { AccessRecordsArgs, RecordSensitiveReadsArgs } from "./access-record.input";
import { AccessRecordService } from "./access-record.service";

export const AccessRecordConnection = ConnectionType(AccessRecord, "AccessRecord");

// Reading the log is not itself a sensitive read: nothing here is @Sensitive, so nothing is audited.
@Resolver(() => AccessRecord)
export class AccessRecordResolver {
  @Query(() => AccessRecordConnection, {
    description:
      "The read audit log, newest first, a page at a time (auditors and administrators only).",
  })
  accessRecords(
    @Args(() => AccessRecordsArgs) args: AccessRecordsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new AccessRecordService(ctx).list(args);
  }

  @Mutation(() => Int, {
    description:
      "Writes one request's sensitive reads to the audit log, in one insert; answers how many. For the gateway only.",
  })
  @Internal()
  recordSensitiveReads(
    @Args(() => RecordSensitiveReadsArgs) args: RecordSensitiveReadsArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<number> {
    return new AccessRecordService(ctx).record(args.input);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The person who read; null for a service client.",
  })
  reader(
    @Root() record: AccessRecord,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<Person | null> | null {
    return new AccessRecordService(ctx).reader(record);
  }

  @FieldResolver(() => Person, { description: "The student read about." })
  subject(@Root() record: AccessRecord, @Ctx() ctx: RequestContext<Loaders>): Promise<Person> {
    return new AccessRecordService(ctx).subject(record);
  }
}

@Resolver(() => Person)
export class PersonAccessRecordsResolver {
  @FieldResolver(() => AccessRecordConnection, {
    nullable: true,
    description:
      "谁查看了我的信息: who read this person's sensitive data, newest first. Null, with FORBIDDEN on this path, for anyone but the person themselves, auditors and administrators.",
  })
  accessRecords(
    @Root() person: Person,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext<Loaders>,
  ) {
    return new AccessRecordService(ctx).ofPerson(person, args);
  }
}

import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import { Person } from "../person/person.reference";
import { Warning } from "../warning/warning.entity";
import { TalkRecord } from "./talk-record.entity";
import { RecordTalkInput } from "./talk-record.input";
import { TalkRecordService } from "./talk-record.service";

@Resolver(() => TalkRecord)
export class TalkRecordResolver {
  @Mutation(() => TalkRecord, {
    description:
      "Records a talk (谈心谈话) with the student about a warning or a case. Whoever may work the warning (CARE for the student as staff; MENTAL_HEALTH too for a MENTAL_HEALTH warning) or the case (as its workflow).",
  })
  recordTalk(
    @Arg("input", () => RecordTalkInput) input: RecordTalkInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<TalkRecord> {
    return new TalkRecordService(ctx).record(input);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who talked with the student." })
  by(@Root() talk: TalkRecord): Person {
    return { id: talk.byPersonId };
  }
}

@Resolver(() => Warning)
export class WarningTalksResolver {
  @FieldResolver(() => [TalkRecord], {
    description: "谈心谈话记录 about this warning, oldest first; to those who see the warning.",
  })
  talks(@Root() warning: Warning, @Ctx() ctx: RequestContext<Loaders>): Promise<TalkRecord[]> {
    return new TalkRecordService(ctx).ofWarning(warning.id);
  }
}

@Resolver(() => AssistanceCase)
export class CaseTalksResolver {
  @FieldResolver(() => [TalkRecord], {
    description: "谈心谈话记录 about this case, oldest first; to those who see the case.",
  })
  talks(
    @Root() assistanceCase: AssistanceCase,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<TalkRecord[]> {
    return new TalkRecordService(ctx).ofCase(assistanceCase.id);
  }
}

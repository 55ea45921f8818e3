import { assertId, badUserInput, notFound, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { AssistanceCaseService } from "../assistance-case/assistance-case.service";
import { actingPerson } from "../row-scope";
import { Warning } from "../warning/warning.entity";
import { WarningStatus } from "../warning/warning.enums";
import { WarningService } from "../warning/warning.service";
import { WarningWorkflowService } from "../warning/warning-workflow.service";
import { TalkRecord } from "./talk-record.entity";
import type { RecordTalkInput } from "./talk-record.input";

/**
 * Talk records go with a warning or a case: recorded by those who may work it (the same guards as
 * the workflow), listed to those who see it (its row rule).
 */
export class TalkRecordService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async record(input: RecordTalkInput): Promise<TalkRecord> {
    const action = "recording a talk";
    const byPersonId = actingPerson(this.ctx.access, action);
    if (Boolean(input.warningId) === Boolean(input.caseId))
      throw badUserInput("a talk record goes with one warning or one case", "warningId");
    if (input.talkedAt.getTime() > Date.now() + 5 * 60_000)
      throw badUserInput("a talk cannot be recorded before it took place", "talkedAt");
    const summary = input.summary.trim();
    if (input.warningId) {
      assertId(input.warningId, "warningId");
      const warning = await this.ctx.em.findOne(Warning, { id: input.warningId });
      if (!warning || !new WarningService(this.ctx).canSee(warning))
        throw notFound("Warning", input.warningId);
      new WarningWorkflowService(this.ctx).assertMayWork(warning, action);
      if (warning.status === WarningStatus.CLOSED)
        throw badUserInput("a CLOSED warning takes no more talk records", "warningId");
      const talk = this.ctx.em.create(TalkRecord, {
        personId: warning.personId,
        warningId: warning.id,
        talkedAt: input.talkedAt,
        byPersonId,
        summary,
      });
      await this.ctx.em.flush();
      return talk;
    }
    const caseId = input.caseId as string;
    return new AssistanceCaseService(this.ctx).withCase(caseId, action, async (tx, c, by) =>
      tx.create(TalkRecord, {
        personId: c.personId,
        caseId: c.id,
        talkedAt: input.talkedAt,
        byPersonId: by,
        summary,
      }),
    );
  }

  /** A warning's talks, oldest first; the caller has been let see the warning. */
  ofWarning(warningId: string): Promise<TalkRecord[]> {
    return this.ctx.loaders.talksByWarning.load(warningId);
  }

  ofCase(caseId: string): Promise<TalkRecord[]> {
    return this.ctx.loaders.talksByCase.load(caseId);
  }
}

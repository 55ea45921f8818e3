import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Internal } from "@campus/access";
import { isId, type RequestContext } from "@campus/subgraph";
import { AssistanceCase } from "../assistance-case/assistance-case.entity";
import type { Loaders } from "../loaders";
import { Warning } from "../warning/warning.entity";

/**
 * Which student a warning or an assistance case is about, for people's visit records (a visit links
 * to the warning or case it served, about the same student). Lent through the gateway's relay;
 * the id of the student only, nothing of the record.
 */
@Resolver()
export class CareRecordStudentResolver {
  @Query(() => ID, {
    nullable: true,
    description:
      "The student a WARNING or CASE is about; null when none has this id. For the gateway's relay only.",
  })
  @Internal()
  async careRecordStudent(
    @Arg("kind", () => String) kind: string,
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<string | null> {
    if (!isId(id)) return null;
    const row =
      kind === "WARNING"
        ? await ctx.em.findOne(Warning, { id }, { fields: ["personId"] })
        : kind === "CASE"
          ? await ctx.em.findOne(AssistanceCase, { id }, { fields: ["personId"] })
          : null;
    return row?.personId ?? null;
  }
}

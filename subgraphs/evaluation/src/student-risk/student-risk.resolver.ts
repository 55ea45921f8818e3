import { Ctx, Query, Resolver } from "type-graphql";
import { Internal } from "@campus/access";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { StudentRiskService } from "./student-risk.service";
import { StudentRisk } from "./student-risk.type";

@Resolver()
export class StudentRiskResolver {
  @Query(() => [StudentRisk], {
    description:
      "Every student with a warning or an assistance case not CLOSED, by student id: for people's roster (risk filter and order) through the gateway's relay only.",
  })
  @Internal()
  openRisks(@Ctx() ctx: RequestContext<Loaders>): Promise<StudentRisk[]> {
    return new StudentRiskService(ctx).openRisks();
  }
}

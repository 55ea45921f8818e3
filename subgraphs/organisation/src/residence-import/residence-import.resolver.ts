import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import { ImportResidencesInput, StageResidenceImportInput } from "./residence-import.input";
import { ResidenceImportService } from "./residence-import.service";
import { ResidenceImportReport, ResidenceImportStage } from "./residence-import.type";

@Resolver()
export class ResidenceImportResolver {
  @Mutation(() => ResidenceImportStage, {
    description:
      "Stages a part of a residence file (住宿导入, administrators only; FORBIDDEN otherwise) for importResidences: a file of up to 50,000 rows in parts of up to 5,000. A part sent again replaces the one before. Parts not imported are deleted after a day.",
  })
  stageResidenceImport(
    @Arg("input", () => StageResidenceImportInput) input: StageResidenceImportInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ResidenceImportStage> {
    return new ResidenceImportService(ctx).stage(input);
  }

  @Mutation(() => ResidenceImportReport, {
    description:
      "Checks a staged residence file as a whole (administrators only): every problem reported by row and column; with commit, every row is moved in, in one transaction, when there is none, else nothing. NOT_FOUND for an import the caller did not stage.",
  })
  importResidences(
    @Arg("input", () => ImportResidencesInput) input: ImportResidencesInput,
    @Ctx() ctx: RequestContext<Loaders>,
  ): Promise<ResidenceImportReport> {
    return new ResidenceImportService(ctx).importResidences(input);
  }
}

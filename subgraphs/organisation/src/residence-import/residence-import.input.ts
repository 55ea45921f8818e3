import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, ListSize } from "@campus/subgraph";

/** Most rows one part carries: the request stays under the gateway's 1 MB. */
export const MAX_PART_ROWS = 5000;
/** Most rows one file may have: a campus's whole intake of residents. */
export const MAX_FILE_ROWS = 50000;
/** Most columns a residence file may have. */
export const MAX_IMPORT_COLUMNS = 30;
/** Longest cell. */
export const MAX_CELL_LENGTH = 200;

@InputType({
  description:
    "A part of a residence file, cells as text. Headers in Chinese: 学号, 楼栋, 房间, 床位, 入住日期 (required), 姓名 (checked against the student's name when given); other columns are ignored.",
})
export class StageResidenceImportInput {
  @Field(() => ID, {
    description: "A uuid the client chooses for the file; every part carries it.",
  })
  @IsId()
  importId!: string;

  @Field(() => Int, {
    description:
      "The file's row number of the part's first row: 2 for the first part, then each part follows on from the one before.",
  })
  @Between(2, MAX_FILE_ROWS + 1, { integer: true })
  firstRow!: number;

  @Field(() => [String], {
    description: `The header row, the same in every part; at most ${MAX_IMPORT_COLUMNS} columns.`,
  })
  @ListSize(1, MAX_IMPORT_COLUMNS)
  header!: string[];

  @Field(() => [[String]], {
    description: `Rows in file order, blank rows included so numbers match the file; at most ${MAX_PART_ROWS}.`,
  })
  @ListSize(1, MAX_PART_ROWS)
  rows!: string[][];
}

@InputType({ description: "Checks, or writes, a staged residence file as a whole." })
export class ImportResidencesInput {
  @Field(() => ID)
  @IsId()
  importId!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "false: check only and report. true: write every row in one transaction if, and only if, no row has a problem.",
  })
  commit: boolean = false;
}

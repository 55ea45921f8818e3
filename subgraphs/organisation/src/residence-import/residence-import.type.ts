import { Field, ID, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "@campus/subgraph/data";

export enum ResidenceImportReason {
  MISSING_COLUMN = "MISSING_COLUMN",
  DUPLICATE_COLUMN = "DUPLICATE_COLUMN",
  MISSING_VALUE = "MISSING_VALUE",
  BAD_VALUE = "BAD_VALUE",
  BAD_DATE = "BAD_DATE",
  DUPLICATE_ROW = "DUPLICATE_ROW",
  BED_TWICE_IN_FILE = "BED_TWICE_IN_FILE",
  UNKNOWN_STUDENT = "UNKNOWN_STUDENT",
  NAME_MISMATCH = "NAME_MISMATCH",
  ALREADY_HOUSED = "ALREADY_HOUSED",
  UNKNOWN_BUILDING = "UNKNOWN_BUILDING",
  AMBIGUOUS_BUILDING = "AMBIGUOUS_BUILDING",
  UNKNOWN_ROOM = "UNKNOWN_ROOM",
  ROOM_OUT_OF_USE = "ROOM_OUT_OF_USE",
  UNKNOWN_BED = "UNKNOWN_BED",
  BED_TAKEN = "BED_TAKEN",
  ROOM_FULL = "ROOM_FULL",
}
graphqlEnum(ResidenceImportReason, "ResidenceImportReason", {
  description: "Why a row (or the header, row 1) of a residence file cannot be imported.",
  values: {
    MISSING_COLUMN: "A required column (学号, 楼栋, 房间, 床位, 入住日期) is not in the header.",
    DUPLICATE_COLUMN: "Two columns of the header mean the same thing.",
    MISSING_VALUE: "A required cell is empty.",
    BAD_VALUE: "The cell's text is not allowed here (too long, wrong characters).",
    BAD_DATE: "入住日期 is not a date that exists.",
    DUPLICATE_ROW: "The student (学号) is on an earlier row of the same file.",
    BED_TWICE_IN_FILE: "The bed is claimed by an earlier row of the same file.",
    UNKNOWN_STUDENT: "No student has this 学号.",
    NAME_MISMATCH: "The 姓名 is not the name of the student with this 学号.",
    ALREADY_HOUSED: "The student already has a residence on that date; move them out first.",
    UNKNOWN_BUILDING: "No building (楼栋) has this name.",
    AMBIGUOUS_BUILDING: "Buildings on more than one campus have this name.",
    UNKNOWN_ROOM: "The building has no room with this number.",
    ROOM_OUT_OF_USE: "The room has been taken out of use.",
    UNKNOWN_BED: "The room's beds are numbered 1 to its capacity.",
    BED_TAKEN: "Someone already lives in this bed on that date.",
    ROOM_FULL: "The room's residents and the file's rows for it are more than its capacity.",
  },
});

@ObjectType({ description: "One problem of a residence file, where it is." })
export class ResidenceImportProblem {
  @Field(() => Int, { description: "Row number in the file (1 is the header)." })
  row!: number;

  @Field(() => String, { nullable: true, description: "The column's header as in the file." })
  column!: string | null;

  @Field(() => ResidenceImportReason)
  reason!: ResidenceImportReason;

  @Field(() => String, { nullable: true, description: "The cell's text." })
  value!: string | null;
}

@ObjectType({
  description:
    "What a residence import found and did: nothing is written unless committed, and nothing is committed while any row has a problem.",
})
export class ResidenceImportReport {
  @Field(() => Boolean, { description: "Whether the rows were written (all of them)." })
  committed!: boolean;

  @Field(() => Int, { description: "Non-blank rows in the file." })
  rowCount!: number;

  @Field(() => Int, { description: "Residences written: rowCount when committed, else 0." })
  movedIn!: number;

  @Field(() => Int, { description: "Problems in all; `problems` lists the first 1,000." })
  problemCount!: number;

  @Field(() => [ResidenceImportProblem], {
    description: "By row, then in the order of the file's columns.",
  })
  problems!: ResidenceImportProblem[];

  @Field(() => [String], { description: "Header columns that were not read (e.g. 备注)." })
  ignoredColumns!: string[];
}

@ObjectType({ description: "A residence file staged so far." })
export class ResidenceImportStage {
  @Field(() => ID)
  importId!: string;

  @Field(() => Int, { description: "Rows staged in all parts so far (blank rows included)." })
  stagedRows!: number;
}

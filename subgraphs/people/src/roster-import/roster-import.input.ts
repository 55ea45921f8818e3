import { Field, ID, InputType, Int } from "type-graphql";
import { Between, IsId, ListSize, TextField } from "@campus/subgraph";
import { DegreeLevel, PersonKind } from "../person/person.enums";

/** Most rows one import takes: a year's intake of a school fits, and the request stays under the gateway's 1 MB. */
export const MAX_IMPORT_ROWS = 5000;
/** Most columns a roster file may have. */
export const MAX_IMPORT_COLUMNS = 30;
/** Longest cell. */
export const MAX_CELL_LENGTH = 200;

@InputType({ description: "A new student or member of staff (administrators only)." })
export class CreatePersonInput {
  @Field(() => PersonKind)
  kind!: PersonKind;

  @TextField(32, { description: "学号 or 工号, unique among all people: letters, digits and -" })
  number!: string;

  @TextField(100, { description: "姓名" })
  name!: string;

  @Field(() => Int, { nullable: true, description: "入学年份; students only." })
  @Between(1900, 2200, { integer: true })
  cohort?: number | null;

  @Field(() => DegreeLevel, { nullable: true, description: "Students only." })
  degreeLevel?: DegreeLevel | null;

  @Field(() => ID, { nullable: true, description: "学院 (an OrgUnit of kind SCHOOL)." })
  @IsId()
  schoolId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "书院 (an OrgUnit of kind RESIDENTIAL_COLLEGE).",
  })
  @IsId()
  collegeId?: string | null;

  @Field(() => ID, { nullable: true, description: "班级; students only, of the same school." })
  @IsId()
  classId?: string | null;
}

@InputType({
  description:
    "Changes to a person (administrators only): a field left out stays as it is; null clears it.",
})
export class UpdatePersonInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @TextField(32, { nullable: true, description: "学号 or 工号, unique among all people" })
  number?: string;

  @TextField(100, { nullable: true, description: "姓名" })
  name?: string;

  @Field(() => Int, { nullable: true })
  @Between(1900, 2200, { integer: true })
  cohort?: number | null;

  @Field(() => DegreeLevel, { nullable: true })
  degreeLevel?: DegreeLevel | null;

  @Field(() => ID, { nullable: true })
  @IsId()
  schoolId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsId()
  collegeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsId()
  classId?: string | null;
}

@InputType({
  description:
    "A roster file's cells as text, the header row apart. Headers in Chinese: 学号 (or 工号), 姓名, 学院, 书院, 班级, 入学年份, 培养层次; other columns are ignored.",
})
export class ImportRosterInput {
  @Field(() => PersonKind, { description: "Whom the file lists: students or staff." })
  kind!: PersonKind;

  @Field(() => [String], { description: `The header row; at most ${MAX_IMPORT_COLUMNS} columns.` })
  @ListSize(1, MAX_IMPORT_COLUMNS)
  header!: string[];

  @Field(() => [[String]], {
    description: `The rows under the header, in file order (row 2 first), blank rows included so numbers match the file; at most ${MAX_IMPORT_ROWS}.`,
  })
  @ListSize(1, MAX_IMPORT_ROWS)
  rows!: string[][];

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "false: check only and report. true: write every row if, and only if, no row has a problem.",
  })
  commit: boolean = false;
}

import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  Enum,
  Index,
  Property,
  type Opt,
} from "@mikro-orm/core";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CampusEntity } from "@campus/subgraph/data";
import { Sensitive } from "@campus/access";
import { DegreeLevel, PersonKind, PoliticalStatus } from "./person.enums";
import { PersonRepository } from "./person.repository";
import { spellName } from "./person.pinyin";

@Directive(`@key(fields: "id")`)
@ObjectType({ description: "A student or a member of staff: the entity every subgraph extends." })
@Entity({ tableName: "person", repository: () => PersonRepository })
@Index({ properties: ["name", "id"] })
// The roster's order (pinyin in byte order, so "li si" comes before "lin" whatever the database's
// collation) and its two pinyin searches (prefixes of the initials and of the joined syllables).
@Index({
  name: "person_name_pinyin_name_id_index",
  expression: `create index "person_name_pinyin_name_id_index" on "people"."person" ("name_pinyin" collate "C", "name", "id")`,
})
@Index({
  name: "person_name_initials_index",
  expression: `create index "person_name_initials_index" on "people"."person" ("name_initials" text_pattern_ops)`,
})
@Index({
  name: "person_name_pinyin_joined_index",
  expression: `create index "person_name_pinyin_joined_index" on "people"."person" (replace("name_pinyin", ' ', '') text_pattern_ops)`,
})
// Name and number search, any position (nameOrNumberSearch): the name's characters, the number's
// trigrams (pg_trgm, installed by the migration that made these).
@Index({
  name: "person_name_chars_index",
  expression: `create index "person_name_chars_index" on "people"."person" using gin (string_to_array("name", null))`,
})
@Index({
  name: "person_number_trgm_index",
  expression: `create index "person_number_trgm_index" on "people"."person" using gin ("number" public.gin_trgm_ops)`,
})
export class Person extends CampusEntity {
  @Field(() => String)
  @Property({ type: "string", length: 100 })
  name!: string;

  @Field(() => String, {
    description:
      'The name in toneless pinyin, syllables apart ("zhang san"; surnames read as surnames): the roster sorts by it.',
  })
  @Property({ type: "string", length: 400 })
  namePinyin: Opt<string> = "";

  /** First letters of the name's pinyin ("zs"), for the roster's initials search. */
  @Property({ type: "string", length: 100 })
  nameInitials: Opt<string> = "";

  /** Keeps the stored pinyin in step with the name on every write through the ORM. */
  @BeforeCreate()
  @BeforeUpdate()
  spell(): void {
    const spelling = spellName(this.name);
    this.namePinyin = spelling.pinyin;
    this.nameInitials = spelling.initials;
  }

  @Field(() => PersonKind)
  @Enum({ items: () => PersonKind, nativeEnumName: "person_kind" })
  kind!: PersonKind;

  @Field(() => String, {
    description: "Student number (学号) for students, staff number (工号) for staff.",
  })
  @Property({ type: "string", length: 32, unique: true })
  number!: string;

  @Field(() => Int, { nullable: true, description: "Year of entry (年级); null for staff." })
  @Property({ type: "smallint", nullable: true })
  cohort: number | null = null;

  @Field(() => DegreeLevel, { nullable: true, description: "Null for staff." })
  @Enum({ items: () => DegreeLevel, nullable: true, nativeEnumName: "degree_level" })
  degreeLevel: DegreeLevel | null = null;

  /**
   * No mutation sets it: from a student's application on, party development (movePartyStage)
   * writes it with each step, in the same transaction; before that it is the roster's.
   */
  @Field(() => PoliticalStatus, {
    description:
      "政治面貌. Follows the person's party development (Person.partyDevelopment) once an application is recorded; it is not edited on its own.",
  })
  @Enum({ items: () => PoliticalStatus, nativeEnumName: "political_status" })
  politicalStatus: PoliticalStatus = PoliticalStatus.MASSES;

  /** Academic school (学院) for students, employing unit for staff; an OrgUnit key. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  schoolId: string | null = null;

  /** Residential college (书院); an OrgUnit key. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  collegeId: string | null = null;

  /** 班级, for students: a StudentClass id; null for staff and for students not yet placed. */
  @Index()
  @Property({ type: "uuid", nullable: true })
  classId: string | null = null;

  // Nullable in GraphQL because @Sensitive answers null (with FORBIDDEN) to callers without CONTACT.
  @Field(() => String, {
    nullable: true,
    description: "Mobile phone. Needs CONTACT for this person.",
  })
  @Sensitive<Person>({ level: "PERSONAL", purposes: ["CONTACT"], subject: (person) => person.id })
  @Property({ type: "string", length: 32, nullable: true })
  phone: string | null = null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Household income per year in yuan, as declared for financial aid; null when not declared. Needs FINANCIAL for this person.",
  })
  @Sensitive<Person>({
    level: "SENSITIVE",
    purposes: ["FINANCIAL"],
    subject: (person) => person.id,
  })
  @Property({ type: "integer", nullable: true })
  familyAnnualIncome: number | null = null;

  /**
   * The ids of the building, grid and branch the person lives in, lent by organisation through
   * `@requires` for `responsibleStaff`; never stored here, and empty for callers who may not know them.
   */
  @Directive("@external")
  @Field(() => [ID])
  residencePlaceIds?: string[];
}

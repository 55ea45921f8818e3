import { ArgsType, Directive, Field, ID, InputType } from "type-graphql";
import { Matches } from "class-validator";
import { PURPOSES } from "@campus/access";
import { OneOf, IsId, IsText } from "@campus/subgraph";
import { PageArgs } from "@campus/subgraph/data";

/** `Type.field`, as the access decorators name a field. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
/** Longest reader subject, name, client or request id kept; far above any real one. */
const MAX_TEXT = 1000;

/** Internal to the platform: one sensitive value a subgraph reported serving. */
@Directive("@inaccessible")
@InputType()
export class SensitiveReadInput {
  @Field(() => ID)
  @IsId()
  subjectId!: string;

  @Field(() => String, { description: "Type.field" })
  @Matches(FIELD, { message: (a) => `${a.value} is not a Type.field name` })
  field!: string;

  @Field(() => String)
  @OneOf(PURPOSES, "an access purpose")
  purpose!: string;
}

/** Internal to the platform: the sensitive reads of one request, from the gateway. */
@Directive("@inaccessible")
@InputType()
export class SensitiveReadBatchInput {
  @Field(() => String)
  @IsText(MAX_TEXT)
  readerSubject!: string;

  @Field(() => ID, { nullable: true })
  @IsId()
  readerPersonId?: string | null;

  @Field(() => String)
  @IsText(MAX_TEXT)
  readerName!: string;

  @Field(() => String)
  @IsText(MAX_TEXT)
  client!: string;

  @Field(() => String)
  @IsText(MAX_TEXT)
  requestId!: string;

  @Field(() => Date)
  readAt!: Date;

  @Field(() => [SensitiveReadInput])
  reads!: SensitiveReadInput[];
}

@ArgsType()
export class RecordSensitiveReadsArgs {
  @Field(() => SensitiveReadBatchInput)
  input!: SensitiveReadBatchInput;
}

@InputType({ description: "All given conditions must hold." })
export class AccessRecordFilter {
  @Field(() => ID, { nullable: true, description: "The student read about." })
  @IsId()
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: "The person who read." })
  @IsId()
  readerPersonId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The purpose the read was allowed under: CONTACT, CARE, FINANCIAL or MENTAL_HEALTH.",
  })
  @OneOf(PURPOSES, "an access purpose")
  purpose?: string | null;

  @Field(() => Date, { nullable: true, description: "Reads at or after this instant." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Reads before this instant." })
  to?: Date | null;
}

@ArgsType()
export class AccessRecordsArgs extends PageArgs {
  @Field(() => AccessRecordFilter, { nullable: true })
  filter?: AccessRecordFilter | null;
}

import { ArgsType, Directive, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "@campus/subgraph/data";

/** Internal to the platform: one sensitive value a subgraph reported serving. */
@Directive("@inaccessible")
@InputType()
export class SensitiveReadInput {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => String, { description: "Type.field" })
  field!: string;

  @Field(() => String)
  purpose!: string;
}

/** Internal to the platform: the sensitive reads of one request, from the gateway. */
@Directive("@inaccessible")
@InputType()
export class SensitiveReadBatchInput {
  @Field(() => String)
  readerSubject!: string;

  @Field(() => ID, { nullable: true })
  readerPersonId?: string | null;

  @Field(() => String)
  readerName!: string;

  @Field(() => String)
  client!: string;

  @Field(() => String)
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
  subjectId?: string | null;

  @Field(() => ID, { nullable: true, description: "The person who read." })
  readerPersonId?: string | null;

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

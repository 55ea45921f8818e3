import { ArgsType, Field, Float, ID, InputType, ObjectType } from "type-graphql";
import { TextField } from "@campus/subgraph";
import { IndicatorKind } from "./indicator.enums";
import { IndicatorBatch } from "./indicator-batch.entity";

/** Most records one batch may carry; larger deliveries are split by the client. */
export const MAX_BATCH_RECORDS = 5000;
export const MAX_CLIENT_KEY_LENGTH = 128;

@InputType({ description: "One observation about a student." })
export class IndicatorRecordInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => IndicatorKind)
  kind!: IndicatorKind;

  @Field(() => Float, {
    description: "In the unit of the kind; see IndicatorKind for the range each kind allows.",
  })
  value!: number;

  // A string rather than LocalDate, so a malformed date rejects its row, not the whole batch.
  @Field(() => String, {
    description: "The date observed, YYYY-MM-DD (campus date); not in the future.",
  })
  observedOn!: string;
}

@InputType()
export class IngestIndicatorsInput {
  @TextField(MAX_CLIENT_KEY_LENGTH, {
    description:
      "The client's key for this batch; resending it returns the stored report and writes nothing",
  })
  clientKey!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "True: each record is its day's value, replacing what this source recorded for the student, kind and date, and a value of 0 leaves none (a correction takes a count back). For a source that sends a day's running count, such as curriculum's absences relayed by the platform. False (the default): records are added.",
  })
  replaceDay: boolean = false;

  // Checked in the service after the replay lookup; rows are judged one by one there, bad ones reported by index.
  @Field(() => [IndicatorRecordInput], { description: `1 to ${MAX_BATCH_RECORDS} records.` })
  records!: IndicatorRecordInput[];
}

@ArgsType()
export class IngestIndicatorsArgs {
  @Field(() => IngestIndicatorsInput)
  input!: IngestIndicatorsInput;
}

@ObjectType()
export class IngestionReport {
  @Field(() => IndicatorBatch)
  batch!: IndicatorBatch;

  @Field(() => Boolean, {
    description:
      "True when this key had been delivered before: the stored report, nothing written.",
  })
  replayed!: boolean;
}

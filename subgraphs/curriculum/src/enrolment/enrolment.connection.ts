import { ConnectionType } from "@campus/subgraph/data";
import { Enrolment } from "./enrolment.entity";

export const EnrolmentConnection = ConnectionType(Enrolment, "Enrolment");

import { ConnectionType } from "@campus/subgraph";
import { Enrolment } from "./enrolment.entity";

export const EnrolmentConnection = ConnectionType(Enrolment, "Enrolment");

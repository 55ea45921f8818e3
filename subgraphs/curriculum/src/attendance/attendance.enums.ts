import { graphqlEnum } from "@campus/subgraph/data";

export enum AttendanceStatus {
  PRESENT = "PRESENT",
  LATE = "LATE",
  ABSENT = "ABSENT",
  EXCUSED = "EXCUSED",
}
graphqlEnum(AttendanceStatus, "AttendanceStatus", {
  description:
    "出勤 / 迟到 / 缺勤 / 请假. An enrolled student with no record counts as ABSENT once the session has ended.",
});

export enum AttendanceSource {
  /** The student checked in with the session's code (签到). */
  CHECK_IN = "CHECK_IN",
  /** The instructor or an organiser marked or corrected it. */
  MARK = "MARK",
}
graphqlEnum(AttendanceSource, "AttendanceSource", {
  description: "签到 / 点名: how a change of a student's attendance was made.",
});

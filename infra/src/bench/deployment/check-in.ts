/**
 * The course check-in (签到) at a lecture: the instructor opens the session's check-in through our
 * gateway, then every student holding a place checks in once, each with their own token, as the
 * web app's check-in page sends it, `inFlight` at a time. A write, so measured once and on our
 * gateway only (each student checks in once; the peers would need halls of their own); then the
 * recorded attendance is read back and must count every student. The instructor's roster of the
 * lecture afterwards is an ordinary page (`lectureRosterScenario`), measured on every variant.
 */
import { signDevUserToken } from "@campus/auth";
import type { Lecture } from "../campus";
import { measure, type Cell, type Probes } from "./measure";
import { webOperation } from "./operations";
import type { Scenario } from "./scenarios";
import { gatewayVariant, type Variant } from "./variants";

/** How long the instructor's code stays good, as the check-in page offers by default. */
const WINDOW_MINUTES = 10;

interface Summary {
  places: number;
  present: number;
  late: number;
  unrecorded: number;
}

export interface CheckInBurst {
  cell: Cell;
  inFlight: number;
  summary: Summary;
}

async function summaryOf(reader: Variant, lecture: Lecture): Promise<Summary> {
  const { data } = await reader.send(webOperation("SessionAttendance"), {
    id: lecture.sessionId,
  });
  const session = (data as { courseSession: { attendanceSummary: Summary } | null }).courseSession;
  if (!session) throw new Error(`the lecture ${lecture.sessionId} is not found`);
  return session.attendanceSummary;
}

/** Opens the lecture's check-in as its instructor, then checks every student in once. */
export async function checkInBurst(options: {
  gatewayUrl: string;
  issuerPrivateKeyPem: string;
  lecture: Lecture;
  inFlight: number;
  probes: Probes;
  next: { i: number };
  /** Reads the lecture's attendance summary afterwards (an administrator on our gateway). */
  reader: Variant;
}): Promise<CheckInBurst> {
  const { gatewayUrl, issuerPrivateKeyPem, lecture, inFlight, probes, next, reader } = options;
  const sign = (personId: string, name: string, roles: ("student" | "community_staff")[]) =>
    signDevUserToken(
      issuerPrivateKeyPem,
      { subject: `bench:${personId}`, name, personId, roles },
      { expiresIn: "2h" },
    );
  const instructor = gatewayVariant(
    "campus",
    gatewayUrl,
    await sign(lecture.instructorId, "instructor", ["community_staff"]),
  );
  const opened = await instructor.send(webOperation("OpenSessionCheckIn"), {
    input: { sessionId: lecture.sessionId, minutes: WINDOW_MINUTES },
  });
  const window = (opened.data as { openCheckIn: { code: string } | null }).openCheckIn;
  if (!window || opened.errors)
    throw new Error(`the instructor could not open the check-in: ${JSON.stringify(opened)}`);
  // Tokens are signed before the clock starts: the burst measures the platform, not the signing.
  const students = await Promise.all(
    lecture.students.map(async (s) =>
      gatewayVariant("campus", gatewayUrl, await sign(s.id, s.name, ["student"])),
    ),
  );
  const checkIn = webOperation("CheckInWithCode");
  for (const variant of students) variant.prepare(checkIn);
  const first = next.i;
  const cell = await measure(
    (i) =>
      students[i - first].send(checkIn, {
        input: { sessionId: lecture.sessionId, code: window.code },
      }),
    inFlight,
    Infinity,
    probes,
    next,
    students.length,
  );
  const summary = await summaryOf(reader, lecture);
  const recorded = summary.present + summary.late;
  if (recorded !== students.length || cell.failures || cell.withErrors)
    throw new Error(
      `${students.length} students checked in, ${recorded} recorded (${JSON.stringify(summary)}), ${cell.failures} failed, ${cell.withErrors} with errors; first failure: ${cell.firstFailure ?? "none"}`,
    );
  return { cell, inFlight, summary };
}

export function checkInTitle(lecture: Lecture): string {
  return `lecture check-in, ${lecture.students.length} students each checking in once with their own token, our gateway (CheckInWithCode)`;
}

export function checkInLine(burst: CheckInBurst): string {
  const { cell, inFlight, summary } = burst;
  return `${cell.requests} check-ins at ${inFlight} in flight took ${cell.seconds.toFixed(1)} s (${cell.perSecond.toFixed(0)} per second); the lecture's ${summary.places} places: ${summary.present} present, ${summary.late} late, ${summary.unrecorded} unrecorded.`;
}

/** The instructor's roster of the lecture after the check-in: 100 rows of its places, as its page asks. */
export function lectureRosterScenario(lecture: Lecture): Scenario {
  return {
    key: "checkin",
    title: `the lecture's roster after the check-in, 100 of ${lecture.students.length} places (SessionAttendance)`,
    operation: webOperation("SessionAttendance"),
    variables: () => ({ id: lecture.sessionId }),
  };
}

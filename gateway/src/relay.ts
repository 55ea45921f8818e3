import express, { type Request, type Response, type Router } from "express";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { CredentialError, createGraphAssertionVerifier } from "@campus/auth";
import type { Logger } from "@campus/log";
import { Access, type Purpose } from "@campus/access";
import type { InternalClient } from "./internal";
import {
  CareRecordStudent,
  OpenRisks,
  RecordClassAbsences,
  RecordGrowthEvents,
} from "./operations/evaluation";
import { aliasedBatch } from "./operations/batch";
import {
  KnownPeople,
  PersonFacts,
  KnownTeams,
  PoliticalStatusOf,
  StaffScope,
  StudentByNumberAndName,
  StudentsByNumber,
} from "./operations/people";
import {
  KnownPlace,
  KnownRoom,
  PlaceResident,
  ResidentsOf,
  RoomPlaces,
  SchoolsAndColleges,
} from "./operations/organisation";
import type { ScopeResolver } from "./scope";
import { fieldOf, refuse } from "@campus/contract";

/**
 * What the gateway lends subgraphs: named operations, each run against its owner with the
 * gateway's own credential. A subgraph never sends a document, so it can ask for nothing else;
 * an outbox relay (or any later need) adds its operation here.
 */
interface LentOperation {
  service: string;
  /** Subgraphs that may run it. */
  callers: readonly string[];
  /** Null when the variables are fine for this calling service, else why not. */
  check(variables: Record<string, unknown>, service: string): string | null;
  /** Runs the operation's typed document with variables `check` accepted. */
  run(
    internal: InternalClient,
    variables: Record<string, unknown>,
    requestId: string | undefined,
    scopes: ScopeResolver | undefined,
  ): Promise<unknown>;
}

function lend<TResult, TVariables>(
  service: string,
  document: TypedDocumentNode<TResult, TVariables>,
  callers: readonly string[],
  check: LentOperation["check"],
): LentOperation {
  // `check` has vetted the variables against what the document declares.
  return {
    service,
    callers,
    check,
    run: (internal, variables, requestId) =>
      internal.query(service, document, variables as TVariables, requestId),
  };
}

/** The path subgraphs post to (GRAPH_RELAY_PATH in @campus/subgraph). */
export const RELAY_PATH = "/internal/graph";
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_IDS = 5000;
/** Most people one party-standing question names (a vanguard team's members at once). */
const MAX_STANDING_IDS = 50;

/** The check of a relay question about a few people or teams by id: 1 to 50 uuids. */
function idsProblem(ids: unknown): string | null {
  return Array.isArray(ids) &&
    ids.length >= 1 &&
    ids.length <= MAX_STANDING_IDS &&
    ids.every((id) => typeof id === "string" && UUID.test(id))
    ? null
    : `ids must be 1 to ${MAX_STANDING_IDS} uuids`;
}
/** Most growth events one outbox delivery carries (a relay batch). */
const MAX_RELAYED_EVENTS = 200;

/**
 * Growth events an outbox relay delivers: at most a batch, each keyed under the calling
 * producer's name (`<service>:<key>`), so a producer records only its own facts and never
 * another's key. The evaluation subgraph records each (source, key) once: redelivery is harmless.
 */
function relayedGrowthEvents({ input }: Record<string, unknown>, service: string): string | null {
  const events = (input as { events?: unknown } | null)?.events;
  if (!Array.isArray(events) || events.length < 1 || events.length > MAX_RELAYED_EVENTS)
    return `input.events must hold 1 to ${MAX_RELAYED_EVENTS} events`;
  const prefix = `${service}:`;
  return events.every(
    (event) =>
      typeof event === "object" &&
      event !== null &&
      typeof (event as { sourceKey?: unknown }).sourceKey === "string" &&
      (event as { sourceKey: string }).sourceKey.startsWith(prefix),
  )
    ? null
    : `every event's sourceKey must start with "${prefix}"`;
}

/**
 * Absences curriculum's relay delivers as evaluation's CLASS_ABSENCES indicator: at most a batch,
 * each a day's value (`replaceDay`), the batch keyed under curriculum's name, nothing but absences.
 */
function relayedAbsences({ input }: Record<string, unknown>, service: string): string | null {
  const { clientKey, replaceDay, records } = (input ?? {}) as {
    clientKey?: unknown;
    replaceDay?: unknown;
    records?: unknown;
  };
  if (typeof clientKey !== "string" || !clientKey.startsWith(`${service}:`))
    return `input.clientKey must start with "${service}:"`;
  if (replaceDay !== true) return "input.replaceDay must be true: each record is a day's value";
  if (!Array.isArray(records) || records.length < 1 || records.length > MAX_RELAYED_EVENTS)
    return `input.records must hold 1 to ${MAX_RELAYED_EVENTS} records`;
  return records.every(
    (record) =>
      typeof record === "object" &&
      record !== null &&
      (record as { kind?: unknown }).kind === "CLASS_ABSENCES",
  )
    ? null
    : "every record's kind must be CLASS_ABSENCES";
}

const OPERATIONS: Record<string, LentOperation> = {
  // Existence only: which of these ids name a person, nothing about them.
  knownPeople: lend(
    "people",
    KnownPeople,
    ["evaluation", "organisation", "curriculum"],
    ({ ids }) =>
      Array.isArray(ids) &&
      ids.length <= MAX_IDS &&
      ids.every((id) => typeof id === "string" && UUID.test(id))
        ? null
        : `ids must be at most ${MAX_IDS} uuids`,
  ),
  // The outbox relay's delivery of facts for students' growth records (README, "Events between
  // subgraphs"): run as the gateway itself, so evaluation records them under the source "gateway".
  recordGrowthEvents: lend(
    "evaluation",
    RecordGrowthEvents,
    ["curriculum", "people"],
    relayedGrowthEvents,
  ),
  // Curriculum's outbox relay: each student's absences per day, for evaluation's warning rules.
  recordClassAbsences: lend("evaluation", RecordClassAbsences, ["curriculum"], relayedAbsences),
  // Existence only: whether this id names a room, for a course session's venue.
  knownRoom: lend("organisation", KnownRoom, ["curriculum"], ({ id }) =>
    typeof id === "string" && UUID.test(id) ? null : "id must be a uuid",
  ),
  // Community duty (people): whether an id names a grid or a building, for a duty shift's place.
  knownPlace: lend("organisation", KnownPlace, ["people"], ({ id }) =>
    typeof id === "string" && UUID.test(id) ? null : "id must be a uuid",
  ),
  // A room's building and grid (ids only), for a visit's place and the visitor's duty there.
  roomPlaces: lend("organisation", RoomPlaces, ["people"], ({ id }) =>
    typeof id === "string" && UUID.test(id) ? null : "id must be a uuid",
  ),
  // The student a warning or case is about (an id only), so a visit links to one of the same student.
  careRecordStudent: lend("evaluation", CareRecordStudent, ["people"], ({ kind, id }) =>
    (kind === "WARNING" || kind === "CASE") && typeof id === "string" && UUID.test(id)
      ? null
      : "kind WARNING or CASE, and a uuid id",
  ),
  // Whether a student belongs to a party branch (lives in one of its grids), for people's party
  // development: the residents of one branch, ids only.
  branchResidents: lend(
    "organisation",
    ResidentsOf,
    ["people"],
    ({ gridIds, buildingIds, branchIds }) =>
      Array.isArray(gridIds) &&
      gridIds.length === 0 &&
      Array.isArray(buildingIds) &&
      buildingIds.length === 0 &&
      Array.isArray(branchIds) &&
      branchIds.length === 1 &&
      typeof branchIds[0] === "string" &&
      UUID.test(branchIds[0])
        ? null
        : "one branch id, no grids or buildings",
  ),
  /*
   * Student governance posts (people, 学生自治岗位): whether a grid (in use) or a room exists, its
   * building and grid, and whether one student lives there today. A yes or no about that student,
   * never the residents' list, so people learns no more than the post needs.
   */
  placeResident: {
    service: "organisation",
    callers: ["people"],
    check: ({ placeKind, placeId, personId }) =>
      (placeKind === "GRID" || placeKind === "ROOM") &&
      typeof placeId === "string" &&
      UUID.test(placeId) &&
      typeof personId === "string" &&
      UUID.test(personId)
        ? null
        : "placeKind GRID or ROOM, and uuid placeId and personId",
    run: async (internal, variables, requestId) => {
      const id = variables.placeId as string;
      const grid = variables.placeKind === "GRID";
      const data = await internal.query(
        "organisation",
        PlaceResident,
        { id, gridIds: grid ? [id] : [], roomIds: grid ? [] : [id] },
        requestId,
      );
      const place = grid
        ? data.grid && data.grid.closedOn === null
          ? { gridId: data.grid.id, buildingId: data.grid.building.id }
          : null
        : data.room
          ? { gridId: data.room.grid?.id ?? null, buildingId: data.room.building.id }
          : null;
      return {
        placeResident: place && {
          ...place,
          resident: data.residentsOf.includes(variables.personId as string),
        },
      };
    },
  },
  // A student named by number and name in a peer report: the id when both match, else null.
  studentByNumberAndName: lend(
    "people",
    StudentByNumberAndName,
    ["evaluation"],
    ({ number, name }) =>
      typeof number === "string" &&
      typeof name === "string" &&
      number.length <= 50 &&
      name.length <= 50
        ? null
        : "number and name must be strings of at most 50 characters",
  ),
  // Residence import (organisation, 住宿导入): the students among a batch of a file's 学号, with
  // id and name (so a mistyped number is told from its row's name). Administrators only import.
  studentsByNumber: lend("people", StudentsByNumber, ["organisation"], ({ numbers }) =>
    Array.isArray(numbers) &&
    numbers.length >= 1 &&
    numbers.length <= MAX_IDS &&
    numbers.every((n) => typeof n === "string" && n.length <= 32)
      ? null
      : `numbers must be 1 to ${MAX_IDS} strings of at most 32 characters`,
  ),
  // Open warnings and cases per student, counted apart by what seeing them needs, for people's
  // roster to filter and order by risk; people narrows them to its caller's grants.
  openRisks: lend("evaluation", OpenRisks, ["people"], (variables) =>
    Object.keys(variables).length === 0 ? null : "openRisks takes no variables",
  ),
  /*
   * Party work in the grids (organisation): each person's political status, so a party-member
   * post, a responsibility area or a vanguard team is held only by probationary or full members.
   * Political status only (public on Person); unknown ids are left out.
   */
  partyStanding: {
    service: "people",
    callers: ["organisation"],
    check: ({ ids }) => idsProblem(ids),
    run: async (internal, variables, requestId) => {
      const ids = [...new Set(variables.ids as string[])];
      const batch = aliasedBatch(
        PoliticalStatusOf,
        ids.map((id) => ({ id })),
      );
      const data = await internal.query("people", batch.document, batch.variables, requestId);
      const partyStanding = batch
        .results(data)
        .flatMap((r) =>
          r.person ? [{ id: r.person.id, politicalStatus: r.person.politicalStatus }] : [],
        );
      return { partyStanding };
    },
  },
  /*
   * The climb plan (curriculum): whether a challenge's mentor is staff and a claiming team's
   * members are students. Kind only (public on Person); unknown ids are left out.
   */
  personKinds: {
    service: "people",
    callers: ["curriculum"],
    check: ({ ids }) => idsProblem(ids),
    run: async (internal, variables, requestId) => {
      const ids = [...new Set(variables.ids as string[])];
      const batch = aliasedBatch(
        PersonFacts,
        ids.map((id) => ({ id })),
      );
      const data = await internal.query("people", batch.document, batch.variables, requestId);
      const personKinds = batch
        .results(data)
        .flatMap((r) => (r.person ? [{ id: r.person.id, kind: r.person.kind }] : []));
      return { personKinds };
    },
  },
  /*
   * The branches a person is secretary of today (their BRANCH_SECRETARY assignments running),
   * from people's staff assignments: organisation's guard for party work in a branch. Branch ids only.
   */
  secretaryBranches: {
    service: "people",
    callers: ["organisation"],
    check: ({ personId }) =>
      typeof personId === "string" && UUID.test(personId) ? null : "personId must be a uuid",
    run: async (internal, variables, requestId) => {
      const data = await internal.query(
        "people",
        StaffScope,
        { personId: variables.personId as string },
        requestId,
      );
      return {
        secretaryBranches: data.staffScope
          .filter((c) => c.role === "branch_secretary")
          .flatMap((c) => c.branchIds),
      };
    },
  },
  // Existence only: which of these ids name a team, for a temporary branch (临时党支部) tied to one.
  knownTeams: lend("people", KnownTeams, ["organisation"], ({ ids }) => idsProblem(ids)),
  /*
   * What a person governs today, for organisation's three lists and secretaries' meetings
   * (三张清单, 两级书记例会): the branches they are secretary of and the units (schools, residential
   * colleges) they administer as a college administrator, from people's staff assignments. Ids only.
   * Organisation's college administration (branches, buildings, rooms of one's college) asks it too.
   */
  governedUnits: {
    service: "people",
    callers: ["organisation"],
    check: ({ personId }) =>
      typeof personId === "string" && UUID.test(personId) ? null : "personId must be a uuid",
    run: async (internal, variables, requestId) => {
      const data = await internal.query(
        "people",
        StaffScope,
        { personId: variables.personId as string },
        requestId,
      );
      const of = (role: string) => data.staffScope.filter((c) => c.role === role);
      return {
        governedUnits: {
          branchIds: of("branch_secretary").flatMap((c) => c.branchIds),
          collegeUnitIds: of("college_admin").flatMap((c) => c.unitIds),
        },
      };
    },
  },
  // The schools and residential colleges (ids and names, no people), for people's roster import
  // and person checks: a 学院 or 书院 named in a roster must exist.
  schoolsAndColleges: lend("organisation", SchoolsAndColleges, ["people"], (variables) =>
    Object.keys(variables).length === 0 ? null : "no variables",
  ),
  /*
   * Which purposes a member of staff's duty gives them for one student (e.g. may this colleague be
   * handed a warning about them): answered by the gateway itself, from the same scope resolution
   * it signs for that person's own requests (people's assignments, organisation's residents,
   * evaluation's cases and referrals). Purposes only, nothing about the student.
   */
  staffDuty: {
    service: "gateway",
    callers: ["evaluation"],
    check: ({ personId, studentId }) =>
      typeof personId === "string" &&
      UUID.test(personId) &&
      typeof studentId === "string" &&
      UUID.test(studentId)
        ? null
        : "personId and studentId must be uuids",
    run: async (_internal, variables, requestId, scopes) => {
      if (!scopes) throw new Error("the gateway resolves no scopes here");
      const personId = variables.personId as string;
      const studentId = variables.studentId as string;
      const resolved = await scopes.resolve(
        { subject: `duty:${personId}`, personId, name: "", roles: [] },
        requestId ?? "relay",
      );
      if (!resolved.complete) throw new Error("the scope could not be resolved in full");
      const access = new Access(resolved.caller, resolved.scope);
      const purposes: Purpose[] = [...access.grants(studentId, { includeSelf: false }).keys()];
      return { staffDuty: { purposes } };
    },
  },
};

export function lentOperations(): string[] {
  return Object.keys(OPERATIONS);
}

/** POST /internal/graph: { operation, variables } with `Authorization: Bearer <signed assertion>`. */
export async function graphRelay(options: {
  internal: InternalClient;
  /** The gateway's scope resolution, for the operations it answers itself (staffDuty). */
  scopes?: ScopeResolver;
  publicKeyPem: string;
  log: Logger;
}): Promise<Router> {
  const verify = await createGraphAssertionVerifier(options.publicKeyPem);
  const router = express.Router();
  router.post("/", express.json({ limit: "1mb" }), async (req: Request, res: Response) => {
    const token = req.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    let service: string;
    let requestId: string;
    try {
      ({ service, requestId } = await verify(token));
    } catch (error) {
      options.log.warn("relay refused", {
        reason: (error as Error).message,
        remote: req.socket.remoteAddress,
      });
      return refuse(
        res,
        401,
        "UNAUTHENTICATED",
        error instanceof CredentialError ? error.message : "invalid service assertion",
      );
    }
    const asked = fieldOf(req.body, "operation");
    const name = typeof asked === "string" ? asked : "";
    const operation = Object.hasOwn(OPERATIONS, name) ? OPERATIONS[name] : undefined;
    if (!operation || !operation.callers.includes(service)) {
      options.log.warn("relay refused", { service, operation: name.slice(0, 64) });
      return refuse(res, 403, "FORBIDDEN", "this operation is not lent to this service");
    }
    const variables = (fieldOf(req.body, "variables") ?? {}) as Record<string, unknown>;
    const problem =
      typeof variables === "object"
        ? operation.check(variables, service)
        : "variables must be an object";
    if (problem) return refuse(res, 400, "BAD_REQUEST", problem);
    try {
      const data = await operation.run(
        options.internal,
        variables,
        REQUEST_ID.test(requestId) ? requestId : undefined,
        options.scopes,
      );
      res.json({ data });
    } catch (error) {
      options.log.warn("relay failed", {
        service,
        operation: name,
        error: (error as Error).message,
      });
      refuse(
        res,
        503,
        "SERVICE_UNAVAILABLE",
        `the ${operation.service} service did not answer; try again`,
      );
    }
  });
  return router;
}

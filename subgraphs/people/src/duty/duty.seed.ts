import type { EntityManager } from "@mikro-orm/postgresql";
import { Access, AuditTrail } from "@campus/access";
import type { Role } from "@campus/auth";
import type { Dataset } from "@campus/demo-data";
import type { GraphClient, RequestContext } from "@campus/subgraph";
import { createLoaders, type Loaders } from "../loaders";
import type { StaffRole } from "../staff-assignment/staff-assignment.enums";
import { VisitKind } from "../visit/visit.enums";
import { VisitService } from "../visit/visit.service";
import { DutyPlace } from "./duty-shift.enums";
import { DutyShiftService } from "./duty-shift.service";

const quiet: RequestContext["log"] = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quiet,
};

/**
 * What the services ask organisation and evaluation, answered from the dataset the other subgraphs
 * seed from the same rows (the seed runs before the gateway exists, so there is no relay to ask).
 */
function datasetGraph(data: Dataset): GraphClient {
  const call = (operation: string, variables: Record<string, unknown>): Promise<unknown> => {
    const id = variables.id as string;
    if (operation === "knownPlace")
      return Promise.resolve({
        grid: data.grids.some((g) => g.id === id) ? { id } : null,
        building: data.buildings.some((b) => b.id === id) ? { id } : null,
      });
    if (operation === "roomPlaces") {
      const room = data.rooms.find((r) => r.id === id);
      return Promise.resolve({
        room: room
          ? {
              id,
              building: { id: room.buildingId },
              grid: room.gridId ? { id: room.gridId } : null,
            }
          : null,
      });
    }
    if (operation === "careRecordStudent")
      return Promise.resolve({
        careRecordStudent: data.warnings.find((w) => w.id === id)?.personId ?? null,
      });
    return Promise.reject(new Error(`the seed cannot answer ${operation}`));
  };
  return { call } as unknown as GraphClient;
}

/** A request context for one person acting, with the duty the dataset gives them over `students`. */
function actingAs(
  em: EntityManager,
  graph: GraphClient,
  personId: string | null,
  role: Role,
  students: string[] = [],
): RequestContext<Loaders> {
  const caller = { subject: `seed:${personId ?? "admin"}`, personId, name: "seed", roles: [role] };
  return {
    em,
    loaders: createLoaders(em),
    caller,
    access: new Access(caller, { students: { [role]: role === "admin" ? "all" : students } }),
    audit: new AuditTrail(),
    system: false,
    requestId: "seed",
    log: quiet,
    graph,
  };
}

/**
 * The duty roster and the visits, through the services the app uses: an administrator adds each
 * shift (so the no-overlap rule holds for the demo too), and each visit is recorded by its author.
 */
export async function seedDuty(em: EntityManager, data: Dataset): Promise<void> {
  const graph = datasetGraph(data);
  for (const row of data.dutyShifts ?? [])
    await new DutyShiftService(actingAs(em.fork(), graph, null, "admin")).add({
      personId: row.personId,
      role: row.role as StaffRole,
      placeKind: row.placeKind as DutyPlace,
      placeId: row.placeId,
      weekday: row.weekday,
      startTime: row.startTime,
      endTime: row.endTime,
      validFrom: row.validFrom,
    });
  for (const row of data.visits ?? [])
    await new VisitService(
      actingAs(
        em.fork(),
        graph,
        row.byPersonId,
        row.authorRole,
        row.studentId ? [row.studentId] : [],
      ),
    ).record({
      kind: row.kind as VisitKind,
      visitedOn: row.visitedOn,
      studentId: row.studentId,
      roomId: row.roomId,
      notes: row.notes,
      warningId: row.warningId,
    });
}

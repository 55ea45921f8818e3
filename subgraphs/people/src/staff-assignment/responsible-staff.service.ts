import { forbidden, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { Person } from "../person/person.entity";
import { StaffRole } from "./staff-assignment.enums";
import type { StaffOnDuty } from "./staff-on-duty.type";

const ROLE_ORDER = Object.values(StaffRole);

export class ResponsibleStaffService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /**
   * Who is on duty for a student today: the staff assigned to their class, and to the grid,
   * building and branch they live in (ids organisation lends through `@requires`, only to a caller
   * who may know where the student lives). For the student themselves and for staff whose duty
   * covers them; names and duties only.
   */
  async of(person: Person & { residencePlaceIds?: string[] | null }): Promise<StaffOnDuty[]> {
    if (!this.ctx.access.sees(person.id)) {
      throw forbidden(
        "the staff on duty for a student are shown to the student and to staff whose duty covers them",
      );
    }
    const targets = [
      ...new Set([
        ...(person.classId ? [person.classId] : []),
        ...(person.residencePlaceIds ?? []),
      ]),
    ];
    const duties = (await this.ctx.loaders.dutiesOverTarget.loadMany(targets)).flatMap((d) =>
      d instanceof Error ? [] : d,
    );
    // One duty per person and role, however many of the student's places it covers.
    const unique = [
      ...new Map(
        duties
          .filter((d) => d.personId !== person.id)
          .map((d) => [`${d.role}\u0000${d.personId}`, d]),
      ).values(),
    ];
    const staff = await Promise.all(
      unique.map((duty) => this.ctx.loaders.person.load(duty.personId)),
    );
    const onDuty = unique.flatMap((duty, i) =>
      staff[i] ? [{ personId: duty.personId, role: duty.role, name: staff[i].name }] : [],
    );
    return onDuty.sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
        a.name.localeCompare(b.name, "zh"),
    );
  }
}

import type { EntityManager } from "@mikro-orm/postgresql";
import { Access, AuditTrail } from "@campus/access";
import type { Dataset } from "@campus/demo-data";
import type { RequestContext } from "@campus/subgraph";
import { createLoaders, type Loaders } from "../loaders";
import { VolunteerActivityService } from "../activity/volunteer-activity.service";
import { VolunteerHoursService } from "../volunteer/volunteer-hours.service";
import { TeamKind, TeamRole } from "./team.enums";
import { TeamService } from "./team.service";

type Role = RequestContext["caller"]["roles"][number];

const quiet: RequestContext["log"] = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => quiet,
};

/** A request context for one person of the dataset acting, as the server would build it. */
function actingAs(
  em: EntityManager,
  personId: string | null,
  roles: Role[],
): RequestContext<Loaders> {
  const caller = { subject: `seed:${personId ?? "admin"}`, personId, name: "seed", roles };
  return {
    em,
    loaders: createLoaders(em),
    caller,
    access: new Access(caller),
    audit: new AuditTrail(),
    system: false,
    requestId: "seed",
    log: quiet,
  };
}

/**
 * Teams and their volunteer service, through the services the app uses: an administrator creates
 * the team, its leader admits the members, each member logs their hours and the leader verifies or
 * rejects them; the leader announces activities, students sign up and the leader checks them in.
 * So the demo's records pass the same rules and carry the same history.
 */
export async function seedTeams(em: EntityManager, data: Dataset): Promise<void> {
  for (const row of data.teams ?? []) {
    const team = await new TeamService(actingAs(em.fork(), null, ["admin"])).create({
      name: row.name,
      kind: row.kind as TeamKind,
      leaderId: row.leaderId,
    });
    const leader = () => actingAs(em.fork(), row.leaderId, ["student"]);
    for (const member of row.members)
      await new TeamService(leader()).addMember({
        teamId: team.id,
        personId: member.personId,
        role: member.role as TeamRole,
        joinedOn: member.joinedOn,
      });
    for (const service of row.service) {
      const logged = await new VolunteerHoursService(
        actingAs(em.fork(), service.personId, ["student"]),
      ).log({
        teamId: team.id,
        activity: service.activity,
        place: service.place,
        startsAt: new Date(service.startsAt),
        endsAt: new Date(service.endsAt),
      });
      if (service.decision === "VERIFIED")
        await new VolunteerHoursService(leader()).verify({
          serviceId: logged.id,
          note: service.reason ?? null,
        });
      else if (service.decision === "REJECTED")
        await new VolunteerHoursService(leader()).reject({
          serviceId: logged.id,
          reason: service.reason ?? "不予认定",
        });
    }
    // Activities: the leader announces, students sign up themselves, the leader checks in.
    for (const planned of row.activities ?? []) {
      const activity = await new VolunteerActivityService(leader()).create({
        teamId: team.id,
        title: planned.title,
        place: planned.place,
        startsAt: new Date(planned.startsAt),
        endsAt: new Date(planned.endsAt),
        slots: planned.slots,
        openToAllStudents: planned.openToAllStudents,
      });
      for (const personId of planned.signUps) {
        const signUp = await new VolunteerActivityService(
          actingAs(em.fork(), personId, ["student"]),
        ).signUp(activity.id);
        if (planned.checkedIn.includes(personId))
          await new VolunteerActivityService(leader()).checkIn(signUp.id);
      }
    }
  }
}

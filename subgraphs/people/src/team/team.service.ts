import { LockMode, type EntityManager } from "@mikro-orm/postgresql";
import {
  badUserInput,
  forbidden,
  isId,
  notFound,
  today,
  type RequestContext,
} from "@campus/subgraph";
import { label } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { emitCadreMembership, emitStudentLeader } from "../outbox/people-events";
import { Person } from "../person/person.entity";
import { PersonKind } from "../person/person.enums";
import { TeamMembership } from "./team-membership.entity";
import { Team } from "./team.entity";
import type { AddTeamMemberInput, CreateTeamInput, EndTeamMembershipInput } from "./team.input";

/** At most this many teams in one list. */
export const MAX_TEAMS = 200;

/**
 * Teams (队伍) and their members. Administrators create teams; a team is run by its leader (a
 * fact of this subgraph, not a role the gateway resolves) or an administrator. Every refusal is an
 * error with a code, and nothing is written.
 */
export class TeamService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  private get me(): string | null {
    return this.ctx.caller.personId;
  }

  isAdmin(): boolean {
    return this.ctx.access.hasRole("admin");
  }

  /** Does the caller run this team: its leader or an administrator? */
  runs(team: Team): boolean {
    return this.isAdmin() || (this.me !== null && this.me === team.leaderId);
  }

  /** FORBIDDEN unless the caller runs the team. */
  assertRuns(team: Team, action: string): void {
    if (!this.runs(team))
      throw forbidden(`only the team's leader or an administrator may ${action}`, {
        teamId: team.id,
      });
  }

  /** Whether the caller may see the team: runs it, or is or was one of its members. */
  async sees(team: Team): Promise<boolean> {
    if (this.runs(team)) return true;
    const me = this.me;
    if (!me) return false;
    const memberships = await this.ctx.loaders.teamMembershipsByPerson.load(me);
    return memberships.some((m) => m.team.id === team.id);
  }

  /** The teams the caller runs or belongs to now (every team for an administrator), by name. */
  async mine(): Promise<Team[]> {
    const em = this.ctx.em;
    if (this.isAdmin()) return em.find(Team, {}, { orderBy: { name: "asc" }, limit: MAX_TEAMS });
    const me = this.me;
    if (!me) return [];
    const memberOf = await em.find(TeamMembership, { personId: me, leftOn: null });
    return em.find(
      Team,
      { $or: [{ leaderId: me }, { id: { $in: memberOf.map((m) => m.team.id) } }] },
      { orderBy: { name: "asc" }, limit: MAX_TEAMS },
    );
  }

  /** One team, for those who may see it. */
  /** Of these ids, those that name a team (existence only). */
  async known(ids: string[]): Promise<string[]> {
    if (ids.length > 50) throw badUserInput("at most 50 ids per check", "ids");
    const wellFormed = [...new Set(ids.filter(isId))];
    if (!wellFormed.length) return [];
    const found = await this.ctx.em.find(
      Team,
      { id: { $in: wellFormed } },
      { fields: ["id"], comments: label("people.knownTeams") },
    );
    return found.map((team) => team.id);
  }

  async team(id: string): Promise<Team> {
    const team = await this.ctx.loaders.team.load(id);
    if (!team) throw notFound("team", id);
    if (!(await this.sees(team)))
      throw forbidden("only the team's leader, its members or an administrator see a team", {
        teamId: id,
      });
    return team;
  }

  async create(input: CreateTeamInput): Promise<Team> {
    if (!this.isAdmin()) throw forbidden("only an administrator creates a team");
    const name = input.name.trim();
    return this.ctx.em.transactional(async (em) => {
      const leader = await em.findOne(Person, { id: input.leaderId });
      if (!leader) throw badUserInput(`person ${input.leaderId} does not exist`, "input.leaderId");
      if (await em.count(Team, { name }))
        throw badUserInput(`a team named ${name} already exists`, "input.name");
      const team = em.create(Team, { name, kind: input.kind, leaderId: leader.id });
      if (leader.kind === PersonKind.STUDENT) await emitStudentLeader(em, team, today());
      return team;
    });
  }

  private assertNotFuture(date: string, field: string): void {
    if (date > today())
      throw badUserInput(`${field} (${date}) is after today on campus (${today()})`, field);
  }

  private async lockTeam(em: EntityManager, id: string, field: string): Promise<Team> {
    const team = await em.findOne(Team, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!team) throw badUserInput(`team ${id} does not exist`, field);
    return team;
  }

  async addMember(input: AddTeamMemberInput): Promise<TeamMembership> {
    this.assertNotFuture(input.joinedOn, "input.joinedOn");
    return this.ctx.em.transactional(async (em) => {
      // The team's row is locked: two admissions of one student at once come one after the other.
      const team = await this.lockTeam(em, input.teamId, "input.teamId");
      this.assertRuns(team, "admit members");
      const person = await em.findOne(Person, { id: input.personId });
      if (!person) throw badUserInput(`person ${input.personId} does not exist`, "input.personId");
      if (person.kind !== PersonKind.STUDENT)
        throw badUserInput("team members are students", "input.personId");
      const overlapping = await em.count(TeamMembership, {
        team,
        personId: person.id,
        $or: [{ leftOn: null }, { leftOn: { $gte: input.joinedOn } }],
      });
      if (overlapping)
        throw badUserInput(
          `${person.name} is already a member of ${team.name} on ${input.joinedOn}`,
          "input.personId",
        );
      const membership = em.create(TeamMembership, {
        team,
        personId: person.id,
        role: input.role,
        joinedOn: input.joinedOn,
      });
      await emitCadreMembership(em, membership, team);
      return membership;
    });
  }

  async endMembership(input: EndTeamMembershipInput): Promise<TeamMembership> {
    this.assertNotFuture(input.leftOn, "input.leftOn");
    return this.ctx.em.transactional(async (em) => {
      const membership = await em.findOne(
        TeamMembership,
        { id: input.membershipId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!membership) throw notFound("team membership", input.membershipId);
      this.assertRuns(await em.findOneOrFail(Team, membership.team.id), "end a membership");
      if (membership.leftOn)
        throw badUserInput(
          `this member already left on ${membership.leftOn}`,
          "input.membershipId",
        );
      if (input.leftOn < membership.joinedOn)
        throw badUserInput(
          `input.leftOn (${input.leftOn}) is before joining (${membership.joinedOn})`,
          "input.leftOn",
        );
      membership.leftOn = input.leftOn;
      return membership;
    });
  }
}

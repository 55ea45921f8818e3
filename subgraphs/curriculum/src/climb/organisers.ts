import { forbidden, type RequestContext } from "@campus/subgraph";
import type { Loaders } from "../loaders";

/**
 * Who runs the climb plan's activities, in one place: organisers (administrators) run all of them;
 * staff with a duty to students post challenges and start habit projects and practice visits in
 * their own name, and run what they started.
 */

/** Whether the caller organises the climb plan: an administrator (the platform's organisers). */
export function organises(ctx: RequestContext<Loaders>): boolean {
  return ctx.access.hasRole("admin");
}

/** Roles that oversee rather than serve students: they start nothing in their own name. */
const OVERSIGHT_ROLES: readonly string[] = ["student", "service", "auditor", "developer"];

/** Whether the caller posts challenges and starts activities in their own name: staff with a duty to students. */
export function postsInOwnName(ctx: RequestContext<Loaders>): boolean {
  return ctx.caller.roles.some((role) => !OVERSIGHT_ROLES.includes(role));
}

/** Whether the caller runs an activity started by `organiserId`: that person or an organiser. */
export function runsActivity(ctx: RequestContext<Loaders>, organiserId: string): boolean {
  const me = ctx.caller.personId;
  return organises(ctx) || (me !== null && me === organiserId);
}

/**
 * The caller's person id, who will organise the activity they are starting; FORBIDDEN with
 * `refusal` unless they are a person who posts in their own name.
 */
export function activityOrganiser(ctx: RequestContext<Loaders>, refusal: string): string {
  const me = ctx.caller.personId;
  if (!postsInOwnName(ctx) || !me) throw forbidden(refusal);
  return me;
}

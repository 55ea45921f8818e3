import { badUserInput } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Refuses anything that is not a uuid with BAD_USER_INPUT, before PostgreSQL fails the query. */
export function assertId(value: string, field: string): void {
  if (!isId(value)) throw badUserInput(`${field} is not an id`, field);
}

import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { badUserInput } from "./errors";
import { isId } from "./ids";

/**
 * Checks every argument of every field before its resolver runs, so a new argument is covered
 * without anyone remembering to: no text anywhere carries a NUL (PostgreSQL refuses it, with the
 * statement in the error), and every `ID` argument is a uuid, as all ids here are. Ids inside input
 * objects are checked by the `@IsId()` their input class declares (validation.ts), named as the
 * subgraph names fields, or by the service for batch rows (bad rows reported by index, the good
 * kept); fields only the gateway calls (@inaccessible) answer unknown ids themselves.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      const internal =
        field.astNode?.directives?.some((d) => d.name.value === "inaccessible") ?? false;
      field.resolve = (source, values, context, info) => {
        const given = values as Record<string, unknown>;
        for (const arg of args) checkValue(given[arg.name], arg.type, arg.name, internal);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}

/** `idsChecked`: ids here are someone else's to check (inside an input object, or an internal field). */
function checkValue(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  idsChecked: boolean,
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType;
    if (Array.isArray(value))
      value.forEach((v, i) => checkValue(v, item, `${path}[${i}]`, idsChecked));
    else checkValue(value, item, path, idsChecked);
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(v, field.type, `${path}.${name}`, true);
    }
    return;
  }
  if (isScalarType(nullable) && nullable.name === "ID" && !idsChecked && !isId(value))
    throw badUserInput(`${path} is not an id`, leaf(path));
  checkText(value, path);
}

/** Any string inside a value (scalars like `_Any` carry objects), at any depth. */
function checkText(value: unknown, path: string): void {
  if (typeof value === "string") {
    if (value.includes("\u0000"))
      throw badUserInput(`${path} must not contain NUL characters`, leaf(path));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkText(v, `${path}[${i}]`));
  } else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) checkText(v, `${path}.${key}`);
  }
}

/** The argument or input field itself, as services name it in `extensions.field` (`assigneeId`, not `input.assigneeId`). */
function leaf(path: string): string {
  const names = path.replace(/\[\d+\]/g, "").split(".");
  return names[names.length - 1];
}

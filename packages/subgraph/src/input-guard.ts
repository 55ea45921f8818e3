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
 * statement in the error), and every `ID` is a uuid, as all ids here are. Rows of a batch (a list
 * of input objects) keep their ids to the batch, which reports bad rows by index and keeps the good.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) checkValue(values[arg.name], arg.type, arg.name, false);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, inBatch: boolean): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    const rows = isInputObjectType(getNullableType(item));
    if (Array.isArray(value)) value.forEach((v, i) => checkValue(v, item, `${path}[${i}]`, inBatch || rows));
    else checkValue(value, item, path, inBatch || rows);
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(v, field.type, `${path}.${name}`, inBatch);
    }
    return;
  }
  if (isScalarType(nullable) && nullable.name === "ID" && !inBatch && !isId(value)) throw badUserInput(`${path} is not an id`, path);
  checkText(value, path);
}

/** Any string inside a value (scalars like `_Any` carry objects), at any depth. */
function checkText(value: unknown, path: string): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) throw badUserInput(`${path} must not contain NUL characters`, path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkText(v, `${path}[${i}]`));
  } else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) checkText(v, `${path}.${key}`);
  }
}

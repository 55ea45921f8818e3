import {
  ArrayMaxSize,
  ArrayMinSize,
  ValidateBy,
  validate,
  type ValidationArguments,
  type ValidationError,
  type ValidationOptions,
} from "class-validator";
import type { GraphQLResolveInfo } from "graphql";
import { Field, getMetadataStorage, type ValidatorFn } from "type-graphql";
import { badUserInput } from "./errors";
import { isId } from "./ids";

/**
 * How a subgraph names a field in `extensions.field`: its whole path from the argument
 * (`input.reads.0.field`), or only its own name (`summary`). Subgraphs differ today and clients
 * read it, so each keeps its own.
 */
export type InputFieldNaming = "path" | "leaf";

/**
 * type-graphql's `validateFn`: runs the class-validator constraints declared on every input class
 * in an argument, at any depth (no `@ValidateNested` to forget), and refuses the first failure with
 * BAD_USER_INPUT naming the field. Missing (null) values are GraphQL's to refuse, so they are
 * skipped. A batch whose rows are judged one by one declares no constraints on its row class.
 */
export function validateInputs(naming: InputFieldNaming = "path"): ValidatorFn {
  return async (value, _type, { info }) => {
    if (value === null || typeof value !== "object") return;
    const given = value as object;
    const problem = await firstProblem(given, argumentPath(given, info));
    if (problem)
      throw badUserInput(
        problem.message,
        naming === "leaf" ? leafName(problem.path) : problem.path,
      );
  };
}

interface Problem {
  path: string;
  message: string;
}

async function firstProblem(value: unknown, path: string): Promise<Problem | null> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = await firstProblem(item, join(path, String(i)));
      if (problem) return problem;
    }
    return null;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) return null;
  const errors = await validate(value, {
    skipMissingProperties: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
  });
  const first = errors.find((e) => e.constraints);
  if (first) return { path: join(path, first.property), message: messageOf(first) };
  for (const [key, child] of Object.entries(value)) {
    const problem = await firstProblem(child, join(path, key));
    if (problem) return problem;
  }
  return null;
}

function messageOf(error: ValidationError): string {
  return Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;
}

/** An `@Args()` class holds every argument; an `@Arg("input")` value is one, named by its field. */
function argumentPath(value: object, info: GraphQLResolveInfo): string {
  const storage = getMetadataStorage();
  const target = value.constructor;
  if (storage.argumentTypes.some((t) => t.target === target)) return "";
  const typeName = storage.inputTypes.find((t) => t.target === target)?.name;
  const field = info.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => a.type.toString().replace(/[[\]!]/g, "") === typeName);
  return arg?.name ?? "";
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function leafName(path: string): string {
  return (
    path
      .split(".")
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? path
  );
}

/** A uuid, as every id here is; with `{ each: true }` for a list of ids. */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isId",
      validator: { validate: (v) => isId(v), defaultMessage: (a) => `${a?.property} is not an id` },
    },
    options,
  );
}

/** Text of at most `max` characters once trimmed, and not blank unless `blank` says it may be (it then means "none"). */
export function IsText(max: number, options: { blank?: boolean } = {}): PropertyDecorator {
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  return ValidateBy({
    name: "isText",
    constraints: [max],
    validator: {
      validate: (v) =>
        typeof v === "string" &&
        text(v).length <= max &&
        (options.blank === true || text(v).length > 0),
      defaultMessage: (a?: ValidationArguments) =>
        text(a?.value).length > max
          ? `${a?.property} is longer than ${max} characters`
          : `${a?.property} must not be blank`,
    },
  });
}

/**
 * A GraphQL String field with its text rule, the limit said once: the description is generated from
 * it. `nullable` fields may be left out; given, they follow the rule (blank clears when `blank`).
 */
export function TextField(
  max: number,
  options: { nullable?: boolean; blank?: boolean; description?: string } = {},
): PropertyDecorator {
  const rule = `${options.blank ? "" : "not blank, "}at most ${max} characters.`;
  const description = options.description
    ? `${options.description}; ${rule}`
    : rule.charAt(0).toUpperCase() + rule.slice(1);
  const field = Field(() => String, { nullable: options.nullable, description });
  const check = IsText(max, { blank: options.blank });
  return (target, key) => {
    field(target, key);
    check(target, key);
  };
}

/** A number from `min` (or above it, when `aboveMin`) to `max`; a whole number when `integer`. */
export function Between(
  min: number,
  max: number,
  options: { integer?: boolean; aboveMin?: boolean } = {},
): PropertyDecorator {
  const low = (v: number) => (options.aboveMin ? v > min : v >= min);
  return ValidateBy({
    name: "between",
    constraints: [min, max],
    validator: {
      validate: (v) =>
        typeof v === "number" &&
        Number.isFinite(v) &&
        low(v) &&
        v <= max &&
        (!options.integer || Number.isInteger(v)),
      defaultMessage: (a) =>
        options.aboveMin
          ? `${a?.property} must be more than ${min} and at most ${max}`
          : `${a?.property} must be between ${min} and ${max}`,
    },
  });
}

/** A list of `min` to `max` items; `message` replaces the default wording for both bounds. */
export function ListSize(min: number, max: number, message?: string): PropertyDecorator {
  const few = ArrayMinSize(min, {
    message: message ?? ((a) => `${a.property} needs at least ${min}`),
  });
  const many = ArrayMaxSize(max, {
    message:
      message ??
      ((a) => `${a.property} holds at most ${max}, not ${(a.value as unknown[]).length}`),
  });
  return (target, key) => {
    few(target, key);
    many(target, key);
  };
}

/** One of `values` (names kept as text, such as access purposes), or a list of them; the message names the first that is not. */
export function OneOf(values: readonly string[], what: string): PropertyDecorator {
  const stray = (v: unknown) =>
    (Array.isArray(v) ? (v as unknown[]) : [v]).find(
      (item) => typeof item !== "string" || !values.includes(item),
    );
  return ValidateBy({
    name: "oneOf",
    constraints: [values],
    validator: {
      validate: (v) => stray(v) === undefined,
      defaultMessage: (a) => `${String(stray(a?.value))} is not ${what}`,
    },
  });
}

import { registerEnumType } from "type-graphql";

export interface EnumDescription<E extends object> {
  description?: string;
  /** A description per value, shown in the schema beside it. */
  values?: Partial<Record<keyof E, string>>;
}

/** Makes a TypeScript enum a GraphQL enum of the same name, with its descriptions; once per enum. */
export function graphqlEnum<E extends object>(
  values: E,
  name: string,
  { description, values: valueDescriptions }: EnumDescription<E> = {},
): E {
  const valuesConfig = valueDescriptions
    ? Object.fromEntries(
        Object.entries(valueDescriptions).map(([key, text]) => [
          key,
          { description: text as string },
        ]),
      )
    : undefined;
  registerEnumType(values, {
    name,
    description,
    ...(valuesConfig && { valuesConfig: valuesConfig as never }),
  });
  return values;
}

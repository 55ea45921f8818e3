import { registerEnumType } from "type-graphql";

/** The five domains of a comprehensive evaluation (五育). */
export enum GrowthDomain {
  MORAL = "MORAL",
  INTELLECTUAL = "INTELLECTUAL",
  PHYSICAL = "PHYSICAL",
  AESTHETIC = "AESTHETIC",
  LABOUR = "LABOUR",
}
registerEnumType(GrowthDomain, { name: "GrowthDomain", description: "德 / 智 / 体 / 美 / 劳" });

export const GROWTH_DOMAINS: readonly GrowthDomain[] = Object.values(GrowthDomain);

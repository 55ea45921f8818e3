import { graphqlEnum } from "@campus/subgraph/data";

/** The five domains of a comprehensive evaluation (五育). */
export enum GrowthDomain {
  MORAL = "MORAL",
  INTELLECTUAL = "INTELLECTUAL",
  PHYSICAL = "PHYSICAL",
  AESTHETIC = "AESTHETIC",
  LABOUR = "LABOUR",
}
graphqlEnum(GrowthDomain, "GrowthDomain", { description: "德 / 智 / 体 / 美 / 劳" });

export const GROWTH_DOMAINS: readonly GrowthDomain[] = Object.values(GrowthDomain);

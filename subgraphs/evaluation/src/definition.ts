import type { SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { createLoaders, type Loaders } from "./loaders";
import { Warning } from "./warning/warning.entity";
import { PersonWarningsResolver, WarningResolver, WarningTransitionResolver } from "./warning/warning.resolver";
import { WarningService } from "./warning/warning.service";
import { WarningTransition } from "./warning/warning-transition.entity";

/** evaluation: early warnings (预警) and their workflow. Extends Person with `warnings`. */
export const evaluation: SubgraphDefinition<Loaders> = {
  name: "evaluation",
  database: { schema: "evaluation", entities: [Warning, WarningTransition], migrations },
  resolvers: [WarningResolver, WarningTransitionResolver, PersonWarningsResolver],
  references: {
    // Only the key: the people subgraph owns the rest, and `warnings` checks access itself.
    Person: (reference) => ({ id: reference.id }),
    // Same access rule as warning(id); async, so a refusal fails this entity only.
    Warning: (reference, ctx) => new WarningService(ctx).byId(reference.id),
  },
  createLoaders,
};

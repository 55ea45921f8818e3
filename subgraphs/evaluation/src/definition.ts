import type { SubgraphDefinition } from "@campus/subgraph";
import { migrations } from "../migrations";
import { AssistanceCase } from "./assistance-case/assistance-case.entity";
import { AssistanceCaseResolver, PersonCasesResolver, TaskForceMemberResolver } from "./assistance-case/assistance-case.resolver";
import { AssistanceCaseService } from "./assistance-case/assistance-case.service";
import { TaskForceMember } from "./assistance-case/task-force-member.entity";
import { CareScopeResolver } from "./care-scope/care-scope.resolver";
import { createLoaders, type Loaders } from "./loaders";
import { MentalHealthReferral } from "./referral/referral.entity";
import { PersonReferralsResolver, ReferralResolver } from "./referral/referral.resolver";
import { ReferralService } from "./referral/referral.service";
import { Warning } from "./warning/warning.entity";
import { PersonWarningsResolver, WarningResolver, WarningTransitionResolver } from "./warning/warning.resolver";
import { WarningService } from "./warning/warning.service";
import { WarningTransition } from "./warning/warning-transition.entity";

/**
 * evaluation: early warnings (预警) and their workflow, referrals to psychology teachers and
 * assistance cases with their task forces. Extends Person with `warnings`, `referrals`,
 * `mentalHealthCategory` and `cases`; tells the gateway whom cases and referrals cover (`careScope`).
 */
export const evaluation: SubgraphDefinition<Loaders> = {
  name: "evaluation",
  database: { schema: "evaluation", entities: [Warning, WarningTransition, MentalHealthReferral, AssistanceCase, TaskForceMember], migrations },
  resolvers: [
    WarningResolver,
    WarningTransitionResolver,
    PersonWarningsResolver,
    ReferralResolver,
    PersonReferralsResolver,
    AssistanceCaseResolver,
    TaskForceMemberResolver,
    PersonCasesResolver,
    CareScopeResolver,
  ],
  references: {
    // Only the key: the people subgraph owns the rest, and each Person field checks access itself.
    Person: (reference) => ({ id: reference.id }),
    // The same row rules as the root queries; async, so a refusal fails that entity only.
    Warning: (reference, ctx) => new WarningService(ctx).byId(reference.id),
    MentalHealthReferral: (reference, ctx) => new ReferralService(ctx).byId(reference.id),
    AssistanceCase: (reference, ctx) => new AssistanceCaseService(ctx).byId(reference.id),
  },
  createLoaders,
};

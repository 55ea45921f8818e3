import type { EntityManager } from "@mikro-orm/postgresql";
import { assistanceCaseLoaders } from "./assistance-case/assistance-case.loader";
import { assistanceCaseStatisticsLoaders } from "./assistance-case-statistics/assistance-case-statistics.loader";
import { gridLoaders } from "./grid/grid.loader";
import { growthLoaders } from "./growth/growth.loader";
import { referralLoaders } from "./referral/referral.loader";
import { resourceLoaders } from "./resource/resource.loader";
import { warningLoaders } from "./warning/warning.loader";
import { talkRecordLoaders } from "./talk/talk-record.loader";
import { warningRuleLoaders } from "./warning-rule/warning-rule.loader";
import { warningStatisticsLoaders } from "./warning-statistics/warning-statistics.loader";

/** Every DataLoader of this subgraph, made fresh for each request. */
export function createLoaders(em: EntityManager) {
  return {
    ...warningLoaders(em),
    ...warningRuleLoaders(em),
    ...referralLoaders(em),
    ...assistanceCaseLoaders(em),
    ...gridLoaders(em),
    ...growthLoaders(em),
    ...resourceLoaders(em),
    ...warningStatisticsLoaders(em),
    ...assistanceCaseStatisticsLoaders(em),
    ...talkRecordLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

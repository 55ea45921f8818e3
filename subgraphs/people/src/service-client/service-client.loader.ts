import type { EntityManager } from "@mikro-orm/postgresql";
import { isId } from "@campus/subgraph";
import { entityLoader, groupLoader } from "@campus/subgraph/data";
import { RegisteredOperation } from "./registered-operation.entity";
import { ServiceClient } from "./service-client.entity";

export function serviceClientLoaders(em: EntityManager) {
  return {
    serviceClient: entityLoader(em, ServiceClient),
    /** Each client's operations by name: one query for all the clients of a response. */
    operationsByClient: groupLoader(
      em,
      RegisteredOperation,
      (clientIds) => ({ client: { $in: clientIds.filter(isId) } }),
      (operation) => operation.client.id,
      { orderBy: { name: "asc" } },
    ),
  };
}

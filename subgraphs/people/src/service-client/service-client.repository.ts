import { EntityRepository, LockMode } from "@mikro-orm/postgresql";
import { label, paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import { ServiceClient } from "./service-client.entity";

export class ServiceClientRepository extends EntityRepository<ServiceClient> {
  /** Every client, by name, a page at a time. */
  page(args: PageArgs): Promise<Connection<ServiceClient>> {
    return paginate(this.getEntityManager(), ServiceClient, {}, args, "name");
  }

  /** The client, read afresh and locked (FOR UPDATE) until the transaction ends. */
  lock(id: string): Promise<ServiceClient | null> {
    return this.findOne(
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("people.lockServiceClient"),
      },
    );
  }
}

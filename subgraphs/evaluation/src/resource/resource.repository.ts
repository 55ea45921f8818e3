import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import { paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import { Resource } from "./resource.entity";

export class ResourceRepository extends EntityRepository<Resource> {
  /** The catalogue entries matching `where`, oldest first, a page at a time. */
  page(where: FilterQuery<Resource>, args: PageArgs): Promise<Connection<Resource>> {
    return paginate(this.getEntityManager(), Resource, where, args, "createdAt");
  }
}

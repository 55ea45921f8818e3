import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import { paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import { Grid } from "./grid.entity";

export class GridRepository extends EntityRepository<Grid> {
  /** Grids matching `where`, by name, a page at a time. */
  page(where: FilterQuery<Grid>, args: PageArgs): Promise<Connection<Grid>> {
    return paginate(this.getEntityManager(), Grid, where, args, "name");
  }
}

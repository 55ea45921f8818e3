import { EntityRepository, type FilterQuery } from "@mikro-orm/postgresql";
import { paginate, type Connection, type PageArgs } from "@campus/subgraph/data";
import { Course } from "./course.entity";

export class CourseRepository extends EntityRepository<Course> {
  /** Courses matching `where`, by code, a page at a time. */
  page(where: FilterQuery<Course>, args: PageArgs): Promise<Connection<Course>> {
    return paginate(this.getEntityManager(), Course, where, args, "code");
  }
}

import type { FilterQuery } from "@mikro-orm/core";
import { badUserInput, type RequestContext } from "@campus/subgraph";
import { paginate, type Connection } from "@campus/subgraph/data";
import { assertId } from "@campus/subgraph";
import type { Loaders } from "../loaders";
import type { CourseSession } from "../session/session.entity";
import { Course } from "./course.entity";
import type { CourseFilter, CoursesArgs } from "./course.input";

export class CourseService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<Course | null> {
    assertId(id, "id");
    return this.ctx.loaders.course.load(id);
  }

  list(args: CoursesArgs): Promise<Connection<Course>> {
    return paginate(this.ctx.em, Course, this.where(args.filter), args, "code");
  }

  /** The course's sessions, earliest first. */
  sessions(course: Course): Promise<CourseSession[]> {
    return this.ctx.loaders.sessionsByCourse.load(course.id);
  }

  private where(filter: CourseFilter | undefined): FilterQuery<Course> {
    const where: FilterQuery<Course> & Record<string, unknown> = {};
    if (!filter) return where;
    if (filter.category) where.category = filter.category;
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 50) throw badUserInput("search is longer than 50 characters", "filter.search");
      const prefix = search.replace(/[\\%_]/g, (c) => `\\${c}`) + "%";
      where.$or = [{ code: { $ilike: prefix } }, { title: { $ilike: prefix } }];
    }
    return where;
  }
}

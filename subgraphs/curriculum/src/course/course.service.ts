import type { FilterQuery } from "@mikro-orm/core";
import { type RequestContext, assertId } from "@campus/subgraph";
import { type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import type { CourseSession } from "../session/session.entity";
import { Course } from "./course.entity";
import type { CourseRepository } from "./course.repository";
import type { CourseFilter, CoursesArgs } from "./course.input";

export class CourseService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  async byId(id: string): Promise<Course | null> {
    assertId(id, "id");
    return this.ctx.loaders.course.load(id);
  }

  list(args: CoursesArgs): Promise<Connection<Course>> {
    return this.ctx.em
      .getRepository<Course, CourseRepository>(Course)
      .page(this.where(args.filter), args);
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
      const prefix = search.replace(/[\\%_]/g, (c) => `\\${c}`) + "%";
      where.$or = [{ code: { $ilike: prefix } }, { title: { $ilike: prefix } }];
    }
    return where;
  }
}

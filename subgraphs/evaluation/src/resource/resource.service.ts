import type { FilterQuery } from "@mikro-orm/core";
import {
  assertId,
  badUserInput,
  forbidden,
  notFound,
  type RequestContext,
  cleanText,
} from "@campus/subgraph";
import { type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { Resource } from "./resource.entity";
import type { ResourceRepository } from "./resource.repository";
import {
  type CreateResourceInput,
  type CreateResourceRuleInput,
  type ResourceFilter,
  type ResourcesArgs,
  type UpdateResourceInput,
} from "./resource.input";
import { ResourceRule } from "./resource-rule.entity";

/** The catalogue: anyone signed in reads it; administrators keep it; rules are the university administrator's. */
export class ResourceService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  list(args: ResourcesArgs): Promise<Connection<Resource>> {
    return this.ctx.em
      .getRepository<Resource, ResourceRepository>(Resource)
      .page(where(args.filter), args);
  }

  resource(id: string): Promise<Resource | null> {
    return this.ctx.loaders.resource.load(id);
  }

  rules(resource: Resource): Promise<ResourceRule[]> {
    return this.ctx.loaders.rulesByResource.load(resource.id);
  }

  async create(input: CreateResourceInput): Promise<Resource> {
    this.assertMayKeepCatalogue("creating a resource");
    const resource = this.ctx.em.create(Resource, {
      kind: input.kind,
      title: input.title.trim(),
      description: input.description.trim(),
      provider: input.provider.trim(),
      location: cleanText(input.location),
      url: link(input.url),
    });
    await this.ctx.em.flush();
    return resource;
  }

  async update(input: UpdateResourceInput): Promise<Resource> {
    this.assertMayKeepCatalogue("updating a resource");
    const resource = await this.ctx.em.findOne(Resource, { id: input.id });
    if (!resource) throw notFound("Resource", input.id);
    // Validate everything before changing anything: a bad field leaves the row as it was.
    const changes: Partial<Resource> = {};
    if (input.kind != null) changes.kind = input.kind;
    if (input.title != null) changes.title = input.title.trim();
    if (input.description != null) changes.description = input.description.trim();
    if (input.provider != null) changes.provider = input.provider.trim();
    if (input.location !== undefined) changes.location = cleanText(input.location);
    if (input.url !== undefined) changes.url = link(input.url);
    if (input.active != null) changes.active = input.active;
    Object.assign(resource, changes);
    await this.ctx.em.flush();
    return resource;
  }

  async createRule(input: CreateResourceRuleInput): Promise<ResourceRule> {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("resource rules are kept by university administrators");
    const warningCategory = input.warningCategory ?? null;
    const caseKind = input.caseKind ?? null;
    if (!warningCategory && !caseKind)
      throw badUserInput("a rule needs a warningCategory, a caseKind or both", "warningCategory");
    if (input.minLevel && !warningCategory)
      throw badUserInput(
        "minLevel applies to warnings: give a warningCategory with it",
        "minLevel",
      );
    const resource = await this.ctx.em.findOne(Resource, { id: input.resourceId });
    if (!resource) throw badUserInput(`there is no resource ${input.resourceId}`, "resourceId");
    const fields = { resource, warningCategory, minLevel: input.minLevel ?? null, caseKind };
    if ((await this.ctx.em.count(ResourceRule, { ...fields, active: true })) > 0)
      throw badUserInput(
        "an active rule with these conditions exists for this resource",
        "resourceId",
      );
    const rule = this.ctx.em.create(ResourceRule, fields);
    await this.ctx.em.flush();
    return rule;
  }

  async setRuleActive(id: string, active: boolean): Promise<ResourceRule> {
    if (!this.ctx.access.hasRole("admin"))
      throw forbidden("resource rules are kept by university administrators");
    assertId(id, "id");
    const rule = await this.ctx.em.findOne(ResourceRule, { id });
    if (!rule) throw notFound("ResourceRule", id);
    rule.active = active;
    await this.ctx.em.flush();
    return rule;
  }

  private assertMayKeepCatalogue(action: string): void {
    if (!this.ctx.access.hasRole("admin", "college_admin", "school_admin"))
      throw forbidden(`${action} is for administrators`);
  }
}

function where(filter: ResourceFilter | null | undefined): FilterQuery<Resource> {
  const where: FilterQuery<Resource> & Record<string, unknown> = {};
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.active != null) where.active = filter.active;
  return where;
}

/** An http(s) URL, or null when blank; anything else is BAD_USER_INPUT on `url`. */
function link(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput("url is not a URL", "url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw badUserInput("url must be an http or https link", "url");
  return text;
}

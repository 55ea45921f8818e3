import { serviceUnavailable, type RequestContext } from "@campus/subgraph";

export interface Unit {
  id: string;
  name: string;
}

/** The schools (学院) and residential colleges (书院), asked of organisation through the graph. */
export interface SchoolsAndColleges {
  schools: Unit[];
  colleges: Unit[];
}

/**
 * organisation owns the units: one relay call, never its tables. Null in a test that runs this
 * subgraph alone ("unchecked": there is no graph to ask), where unit references are not checked.
 */
export async function schoolsAndColleges(
  ctx: Pick<RequestContext, "graph" | "requestId">,
): Promise<SchoolsAndColleges | null> {
  if (ctx.graph === "unchecked") return null;
  if (!ctx.graph)
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY); nothing was written",
    );
  return ctx.graph.call<SchoolsAndColleges>("schoolsAndColleges", {}, ctx.requestId);
}

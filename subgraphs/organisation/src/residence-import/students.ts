import { serviceUnavailable, type RequestContext } from "@campus/subgraph";

/** Most 学号 one relay question names (the relay's and people's own limit). */
export const STUDENTS_PER_LOOKUP = 5000;

export interface StudentByNumber {
  number: string;
  id: string;
  name: string;
}

/**
 * The students among these 学号, asked of people through the gateway's relay
 * (`studentsByNumber`) a batch at a time, never by reading people's tables: a 40,000-row file is
 * eight questions. Numbers of staff or of nobody are left out of the answer.
 */
export async function studentsByNumber(
  ctx: Pick<RequestContext, "graph" | "requestId">,
  numbers: string[],
): Promise<Map<string, StudentByNumber>> {
  const found = new Map<string, StudentByNumber>();
  if (!numbers.length) return found;
  if (!ctx.graph || ctx.graph === "unchecked")
    throw serviceUnavailable(
      "this service is not configured to ask the platform (GRAPH_CLIENT_PRIVATE_KEY) who the students are; nothing was written",
    );
  for (let i = 0; i < numbers.length; i += STUDENTS_PER_LOOKUP) {
    const data = await ctx.graph.call<{ studentsByNumber: StudentByNumber[] }>(
      "studentsByNumber",
      { numbers: numbers.slice(i, i + STUDENTS_PER_LOOKUP) },
      ctx.requestId,
    );
    for (const student of data.studentsByNumber) found.set(student.number, student);
  }
  return found;
}

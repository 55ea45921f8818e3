import { serviceUnavailable, type RequestContext } from "@campus/subgraph";

/** Most 学号 one relay question names (the relay's and people's own limit). */
export const STUDENTS_PER_LOOKUP = 5000;

/** Relay questions one import has in flight at once. */
const LOOKUPS_AT_ONCE = 4;

export interface StudentByNumber {
  number: string;
  id: string;
  name: string;
}

/**
 * The students among these 学号, asked of people through the gateway's relay
 * (`studentsByNumber`) a batch at a time, never by reading people's tables: a 40,000-row file is
 * eight questions, four at a time. Numbers of staff or of nobody are left out of the answer.
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
  const graph = ctx.graph;
  const batches: string[][] = [];
  for (let i = 0; i < numbers.length; i += STUDENTS_PER_LOOKUP)
    batches.push(numbers.slice(i, i + STUDENTS_PER_LOOKUP));
  // A few questions in flight at once: a 40,000-row file waits for two rounds, not eight.
  for (let i = 0; i < batches.length; i += LOOKUPS_AT_ONCE) {
    const answers = await Promise.all(
      batches
        .slice(i, i + LOOKUPS_AT_ONCE)
        .map((batch) =>
          graph.call<{ studentsByNumber: StudentByNumber[] }>(
            "studentsByNumber",
            { numbers: batch },
            ctx.requestId,
          ),
        ),
    );
    for (const data of answers)
      for (const student of data.studentsByNumber) found.set(student.number, student);
  }
  return found;
}

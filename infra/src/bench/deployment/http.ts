/**
 * The benchmark client's HTTP: node:http on kept-alive connections, which costs the client far
 * less CPU per request than fetch (the client shares the machine with what it measures, and the
 * floor makes several calls per request). The same client for every variant.
 */
import { Agent, request } from "node:http";

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

export interface HttpAnswer {
  status: number;
  text: string;
}

function once(url: URL, headers: Record<string, string>, body: string) {
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) =>
      // A kept-alive connection the server closed while it sat idle: the request never arrived.
      reject(req.reusedSocket && error.code === "ECONNRESET" ? new StaleConnection() : error),
    );
    req.end(body);
  });
}

class StaleConnection extends Error {}

/** POSTs a JSON body; sends again once if a kept-alive connection turned out to be closed. */
export async function postJson(
  url: URL,
  headers: Record<string, string>,
  body: unknown,
): Promise<HttpAnswer> {
  const text = JSON.stringify(body);
  try {
    return await once(url, headers, text);
  } catch (error) {
    if (error instanceof StaleConnection) return once(url, headers, text);
    throw error;
  }
}

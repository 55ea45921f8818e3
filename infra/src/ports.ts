/**
 * Ports fetch refuses to connect to (the Fetch standard's "bad port" list, which Node's fetch
 * applies): a service on one of them starts, but the gateway and `npm start` can never reach it.
 */
export const FETCH_BAD_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

/**
 * Checks the ports `npm start` will use, reporting every problem: not a port (1–65535), one fetch
 * refuses (only for ports reached over HTTP), or the same port twice.
 */
export function portProblems(
  ports: { variable: string; text: string | undefined; fallback: number; http: boolean }[],
): { values: number[]; problems: string[] } {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  const values = ports.map(({ variable, text, fallback, http }) => {
    const value = text === undefined || text === "" ? fallback : Number(text);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      problems.push(`${variable} is not a port (1–65535): ${text}`);
      return value;
    }
    if (http && FETCH_BAD_PORTS.has(value)) {
      problems.push(
        `${variable}=${value} is a port fetch refuses to connect to ("bad port" in the Fetch standard); choose another, e.g. ${fallback}`,
      );
    }
    const other = seen.get(value);
    if (other) problems.push(`${variable}=${value} is already used by ${other}`);
    else seen.set(value, variable);
    return value;
  });
  return { values, problems };
}

/** The supergraph with each subgraph's routing URL replaced by where the benchmark started it. */
export function withSubgraphUrls(sdl: string, urls: Record<string, string>): string {
  let replaced = 0;
  const text = sdl.replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (whole, name: string) => {
      const url = urls[name];
      if (!url) return whole;
      replaced++;
      return `@join__graph(name: "${name}", url: "${url}")`;
    },
  );
  if (replaced !== Object.keys(urls).length)
    throw new Error(
      `the supergraph names ${replaced} of the subgraphs ${Object.keys(urls).join(", ")}`,
    );
  return text;
}

/** `npm run schema` in a subgraph folder: writes the subgraph's SDL to schema.graphql (committed). */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SubgraphDefinition } from "./definition";
import { printSubgraphSdl } from "./schema";

const cwd = process.cwd();
// Loads the built subgraph of the working folder; which one is known only at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { definition } = require(join(cwd, "dist/src/index.js")) as {
  definition: SubgraphDefinition;
};
printSubgraphSdl(definition)
  .then((sdl) => {
    writeFileSync(join(cwd, "schema.graphql"), sdl);
    console.log(`${definition.name}: wrote schema.graphql`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph/server";
import { people } from "./definition";

runSubgraphProcess(people).catch((error) => {
  console.error(error);
  process.exit(1);
});

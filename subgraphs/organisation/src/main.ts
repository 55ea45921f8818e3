import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph/server";
import { organisation } from "./definition";

runSubgraphProcess(organisation).catch((error) => {
  console.error(error);
  process.exit(1);
});

import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph";
import { organisation } from "./definition";

runSubgraphProcess(organisation, 4001).catch((error) => {
  console.error(error);
  process.exit(1);
});

import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph";
import { evaluation } from "./definition";

runSubgraphProcess(evaluation, 4004).catch((error) => {
  console.error(error);
  process.exit(1);
});

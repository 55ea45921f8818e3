import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph/server";
import { evaluation } from "./definition";

runSubgraphProcess(evaluation).catch((error) => {
  console.error(error);
  process.exit(1);
});

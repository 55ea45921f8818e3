import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph/server";
import { curriculum } from "./definition";

runSubgraphProcess(curriculum).catch((error) => {
  console.error(error);
  process.exit(1);
});

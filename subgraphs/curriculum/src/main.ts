import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph";
import { curriculum } from "./definition";

runSubgraphProcess(curriculum, 4003).catch((error) => {
  console.error(error);
  process.exit(1);
});

import "reflect-metadata";
import { runSubgraphProcess } from "@campus/subgraph";
import { people } from "./definition";

runSubgraphProcess(people, 4002).catch((error) => {
  console.error(error);
  process.exit(1);
});

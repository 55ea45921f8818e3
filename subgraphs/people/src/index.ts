import "reflect-metadata";
export { people as definition } from "./definition";
export { seed } from "./seed";

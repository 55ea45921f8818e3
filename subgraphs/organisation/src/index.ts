import "reflect-metadata";
export { organisation as definition } from "./definition";
export { seed } from "./seed";

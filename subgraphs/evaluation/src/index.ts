import "reflect-metadata";
export { evaluation as definition } from "./definition";
export { seed } from "./seed";

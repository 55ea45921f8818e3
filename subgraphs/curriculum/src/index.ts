import "reflect-metadata";
export { curriculum as definition } from "./definition";
export { seed } from "./seed";

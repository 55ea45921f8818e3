// The one list of error codes and their constructors lives in @campus/contract, shared with the gateway.
import { notFound } from "@campus/contract";

export {
  ERROR_CODES,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type ErrorCode,
} from "@campus/contract";

/**
 * The row a reference names, which a foreign key guarantees; should it be gone all the same (a
 * delete racing the read), the caller gets NOT_FOUND rather than a null where the schema has none.
 */
export function existing<T>(row: T | null | undefined, what: string, id: string): T {
  if (row === null || row === undefined) throw notFound(what, id);
  return row;
}

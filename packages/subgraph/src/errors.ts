// The one list of error codes and their constructors lives in @campus/contract, shared with the gateway.
export {
  ERROR_CODES,
  badUserInput,
  codedError,
  forbidden,
  notFound,
  type ErrorCode,
} from "@campus/contract";

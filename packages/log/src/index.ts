/**
 * Structured logs, one JSON object a line, so a log shipper can join a gateway request to the
 * subgraph calls it made through `requestId`.
 */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function parseLogLevel(value: string | undefined, fallback: LogLevel = "info"): LogLevel {
  return value && value in ORDER ? (value as LogLevel) : fallback;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; tests pass a collector. */
  write?: (line: string) => void;
}

export function createLogger(
  service: string,
  options: LoggerOptions,
  bound: Record<string, unknown> = {},
): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(line + "\n"));
  const emit =
    (level: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[level] < ORDER[options.level]) return;
      write(
        JSON.stringify({
          time: new Date().toISOString(),
          level,
          service,
          message,
          ...bound,
          ...fields,
        }),
      );
    };
  return {
    debug: emit("debug"),
    info: emit("info"),
    warn: emit("warn"),
    error: emit("error"),
    child: (fields) => createLogger(service, options, { ...bound, ...fields }),
  };
}

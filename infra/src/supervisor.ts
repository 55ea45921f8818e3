/**
 * Keeps `npm start`'s services running: a service process that dies is started again after a
 * growing pause (doubling from `initialDelayMs`, at most `maxDelayMs`); one that keeps dying soon
 * after starting is given up with a clear message while the others keep serving. Every event is
 * a JSON log line.
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { Logger } from "@campus/log";

export interface ServiceSpec {
  name: string;
  /** Script run with this Node. */
  script: string;
  env: NodeJS.ProcessEnv;
  /** Answers 2xx once the service serves. */
  readyUrl: string;
  /** Node options before the script (the benchmark's `--cpu-prof`); none by default. */
  execArgv?: string[];
}

export interface SupervisorOptions {
  log: Logger;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A run shorter than this counts as a quick failure… */
  quickFailureMs?: number;
  /** …and this many in a row make the supervisor give up on the service. */
  maxQuickFailures?: number;
  /** How long a (re)started service has to become ready. */
  readyTimeoutMs?: number;
}

interface Supervised {
  spec: ServiceSpec;
  child: ChildProcess | undefined;
  exited: Promise<void>;
  quickFailures: number;
  gaveUp: boolean;
  restartTimer?: NodeJS.Timeout;
}

export class Supervisor {
  private readonly services = new Map<string, Supervised>();
  private stopping = false;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly quickFailureMs: number;
  private readonly maxQuickFailures: number;
  private readonly readyTimeoutMs: number;

  constructor(private readonly options: SupervisorOptions) {
    this.initialDelayMs = options.initialDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.quickFailureMs = options.quickFailureMs ?? 10_000;
    this.maxQuickFailures = options.maxQuickFailures ?? 5;
    this.readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  }

  /** Starts the service and resolves once it is ready; rejects if it is given up before that. */
  async start(spec: ServiceSpec): Promise<void> {
    const service: Supervised = {
      spec,
      child: undefined,
      exited: Promise.resolve(),
      quickFailures: 0,
      gaveUp: false,
    };
    this.services.set(spec.name, service);
    this.launch(service);
    await this.waitUntilReady(service);
  }

  /** The process id of a running service (the benchmark reads its CPU time). */
  pid(name: string): number | undefined {
    return this.services.get(name)?.child?.pid;
  }

  private launch(service: Supervised): void {
    const { spec, options } = { spec: service.spec, options: this.options };
    const child = spawn(process.execPath, [...(spec.execArgv ?? []), spec.script], {
      env: spec.env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    const startedAt = Date.now();
    service.child = child;
    options.log.info("service started", { name: spec.name, pid: child.pid });
    service.exited = new Promise<void>((resolve) =>
      child.once("exit", (code, signal) => {
        resolve();
        if (this.stopping) return;
        const ranMs = Date.now() - startedAt;
        service.quickFailures = ranMs < this.quickFailureMs ? service.quickFailures + 1 : 0;
        if (service.quickFailures >= this.maxQuickFailures) {
          service.gaveUp = true;
          options.log.error("service given up", {
            name: spec.name,
            code,
            signal,
            reason: `it stopped ${service.quickFailures} times in a row within ${this.quickFailureMs / 1000} s of starting; see its log above. The other services keep running.`,
          });
          return;
        }
        const delayMs = Math.min(
          this.maxDelayMs,
          this.initialDelayMs * 2 ** Math.max(0, service.quickFailures - 1),
        );
        options.log.warn("service exited; restarting", {
          name: spec.name,
          pid: child.pid,
          code,
          signal,
          ranMs,
          restartInMs: delayMs,
        });
        service.restartTimer = setTimeout(() => {
          if (this.stopping) return;
          this.launch(service);
          // Its exits are handled here; a restart that never answers is reported by the wait.
          this.waitUntilReady(service, false).catch((error: Error) =>
            options.log.error("service not ready", { name: spec.name, reason: error.message }),
          );
        }, delayMs);
      }),
    );
  }

  /**
   * Polls the service until it answers. `follow`: keep waiting through restarts (first start);
   * otherwise stop quietly once a newer process has taken over, whose own wait reports it.
   */
  private async waitUntilReady(service: Supervised, follow = true): Promise<boolean> {
    const first = service.child;
    const deadline = Date.now() + this.readyTimeoutMs;
    while (Date.now() < deadline) {
      if (service.gaveUp) {
        if (!follow) return false; // already reported as given up
        throw new Error(`${service.spec.name} could not be started (see its log above)`);
      }
      if (this.stopping || (!follow && service.child !== first)) return false;
      const child = service.child;
      if (child?.exitCode === null && child.signalCode === null) {
        try {
          if ((await fetch(service.spec.readyUrl)).ok && service.child === child) {
            this.options.log.info(
              follow && first === child ? "service ready" : "service ready again",
              { name: service.spec.name, pid: child.pid },
            );
            return true;
          }
        } catch {
          // not listening yet
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(
      `${service.spec.name} did not become ready at ${service.spec.readyUrl} within ${this.readyTimeoutMs / 1000}s`,
    );
  }

  /** Stops restarting, sends SIGTERM to every service, SIGKILL to any still running after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const all = [...this.services.values()];
    for (const service of all) {
      clearTimeout(service.restartTimer);
      if (service.child?.exitCode === null && service.child.signalCode === null)
        service.child.kill("SIGTERM");
    }
    const killLate = setTimeout(
      () => all.forEach((s) => s.child?.exitCode === null && s.child.kill("SIGKILL")),
      graceMs,
    );
    await Promise.all(all.map((s) => s.exited));
    clearTimeout(killLate);
  }
}

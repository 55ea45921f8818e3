import type { Express, NextFunction, Request, Response } from "express";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Logger } from "@campus/log";
import { refuse } from "@campus/contract";

/**
 * How much one caller may ask of this gateway. Counted in this process's memory: with several
 * gateway instances each counts for itself (see SECURITY.md). A limit of 0 switches that one off.
 */
export interface RateLimits {
  /** Length of the window the request limits count in, in seconds. */
  windowSeconds: number;
  /** GraphQL requests per window per signed-in person (token subject). */
  userRequests: number;
  /** GraphQL requests per window per service client. */
  clientRequests: number;
  /** Refused (401) GraphQL requests per window per IP address; past it the address gets 429. */
  anonymousRequests: number;
  /** Requests to POST /auth/token per window per IP address. */
  tokenRequests: number;
  /** Wrong secrets for one client id before it is locked out, counted over `lockoutSeconds`. */
  secretFailuresPerClient: number;
  /** Wrong secrets from one IP address before it is locked out, counted over `lockoutSeconds`. */
  secretFailuresPerIp: number;
  /** How long a lockout lasts, in seconds. */
  lockoutSeconds: number;
  /** Reverse proxies in front of the gateway whose X-Forwarded-For is believed (0: use the socket's address). */
  trustProxyHops: number;
}

/**
 * Generous for people and apps (a page of the web app is a handful of requests; a departmental app
 * syncs in batches), tight where only guessing needs volume: refused requests and wrong secrets.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowSeconds: 60,
  userRequests: 1200,
  clientRequests: 6000,
  anonymousRequests: 120,
  tokenRequests: 60,
  secretFailuresPerClient: 10,
  secretFailuresPerIp: 30,
  lockoutSeconds: 900,
  trustProxyHops: 0,
};

/** The limits from RATE_LIMIT_* variables (README, "Environment variables"). */
export function readRateLimits(
  number: (name: string, fallback: number) => number,
  problems: string[],
): RateLimits {
  const d = DEFAULT_RATE_LIMITS;
  const limits: RateLimits = {
    windowSeconds: number("RATE_LIMIT_WINDOW_SECONDS", d.windowSeconds),
    userRequests: number("RATE_LIMIT_USER", d.userRequests),
    clientRequests: number("RATE_LIMIT_CLIENT", d.clientRequests),
    anonymousRequests: number("RATE_LIMIT_ANONYMOUS_PER_IP", d.anonymousRequests),
    tokenRequests: number("RATE_LIMIT_TOKEN_PER_IP", d.tokenRequests),
    secretFailuresPerClient: number(
      "LOCKOUT_SECRET_FAILURES_PER_CLIENT",
      d.secretFailuresPerClient,
    ),
    secretFailuresPerIp: number("LOCKOUT_SECRET_FAILURES_PER_IP", d.secretFailuresPerIp),
    lockoutSeconds: number("LOCKOUT_SECONDS", d.lockoutSeconds),
    trustProxyHops: number("TRUST_PROXY_HOPS", d.trustProxyHops),
  };
  if (limits.windowSeconds === 0) problems.push("RATE_LIMIT_WINDOW_SECONDS must be at least 1");
  if (limits.lockoutSeconds === 0) problems.push("LOCKOUT_SECONDS must be at least 1");
  return limits;
}

/** What a refusal tells the client: when to try again. */
interface Refusal {
  retryAfterSeconds: number;
  message: string;
}

const OVER_LIMIT = "unauthenticatedOverLimit";
const REFUSED = "unauthenticatedRateLimited";

/**
 * In place of a 401 on /graphql: a 429 when the address is past its limit of refused requests.
 * True when it answered.
 */
export function refuseIfOverLimit(res: Response): boolean {
  const refusal = res.locals[OVER_LIMIT] as Refusal | undefined;
  if (!refusal) return false;
  res.locals[REFUSED] = true;
  refuseGraphQL(res, refusal);
  return true;
}

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function refuseGraphQL(res: Response, refusal: Refusal): void {
  res.setHeader("retry-after", String(refusal.retryAfterSeconds));
  refuse(res, 429, "RATE_LIMITED", refusal.message, {
    retryAfterSeconds: refusal.retryAfterSeconds,
  });
}

/** RFC 6749 has no code for this; `slow_down` is OAuth's word for "too many requests" (RFC 8628). */
function refuseOAuth(res: Response, refusal: Refusal): void {
  res.setHeader("retry-after", String(refusal.retryAfterSeconds));
  res.setHeader("cache-control", "no-store");
  res.status(429).json({
    error: "slow_down",
    error_description: refusal.message,
    retry_after: refusal.retryAfterSeconds,
  });
}

/** A fixed-window counter that is off when its limit is 0. */
class Counter {
  private readonly limiter: RateLimiterMemory | null;

  constructor(
    readonly points: number,
    readonly seconds: number,
  ) {
    this.limiter = points > 0 ? new RateLimiterMemory({ points, duration: seconds }) : null;
  }

  /** Counts one request; when it is over the limit, the wait and whether it is the first refused (worth a log line). */
  async take(key: string): Promise<{ waitMs: number; first: boolean } | null> {
    if (!this.limiter) return null;
    try {
      await this.limiter.consume(key);
      return null;
    } catch (error) {
      if (error instanceof RateLimiterRes)
        return { waitMs: error.msBeforeNext, first: error.consumedPoints === this.points + 1 };
      throw error;
    }
  }

  /** Milliseconds until `key` may act again, or null when it is under the limit. */
  async exhausted(key: string): Promise<number | null> {
    const state = this.limiter ? await this.limiter.get(key) : null;
    return state && state.consumedPoints >= this.points ? state.msBeforeNext : null;
  }

  /** Counts a failure; at the limit the key stays exhausted for a whole `seconds` from now. */
  async fail(key: string): Promise<boolean> {
    if (!this.limiter) return false;
    const state = await this.limiter.penalty(key);
    if (state.consumedPoints < this.points) return false;
    await this.limiter.block(key, this.seconds);
    return true;
  }

  async forget(key: string): Promise<void> {
    await this.limiter?.delete(key);
  }
}

export class RateLimiter {
  readonly limits: RateLimits;
  private readonly users: Counter;
  private readonly clients: Counter;
  private readonly anonymous: Counter;
  private readonly tokenRequests: Counter;
  private readonly clientSecrets: Counter;
  private readonly ipSecrets: Counter;

  constructor(
    limits: Partial<RateLimits> | undefined,
    private readonly log: Logger,
  ) {
    const l = (this.limits = { ...DEFAULT_RATE_LIMITS, ...limits });
    this.users = new Counter(l.userRequests, l.windowSeconds);
    this.clients = new Counter(l.clientRequests, l.windowSeconds);
    this.anonymous = new Counter(l.anonymousRequests, l.windowSeconds);
    this.tokenRequests = new Counter(l.tokenRequests, l.windowSeconds);
    this.clientSecrets = new Counter(l.secretFailuresPerClient, l.lockoutSeconds);
    this.ipSecrets = new Counter(l.secretFailuresPerIp, l.lockoutSeconds);
  }

  /** Which address a request came from: the socket's, or the one trusted proxies name. */
  install(app: Express): void {
    if (this.limits.trustProxyHops > 0) app.set("trust proxy", this.limits.trustProxyHops);
  }

  private ip(req: Request): string {
    return req.ip ?? req.socket.remoteAddress ?? "unknown";
  }

  /**
   * Before the token check on /graphql: notes whether this address is past its limit of refused
   * requests, and counts every refusal answered. Past the limit, what would be a 401 is a 429
   * (see `refuseIfOverLimit`); signed-in callers from the same address (a shared NAT) are not held up.
   */
  readonly unauthenticated = async (req: Request, res: Response, next: NextFunction) => {
    const ip = this.ip(req);
    const wait = await this.anonymous.exhausted(ip);
    if (wait !== null) {
      res.locals[OVER_LIMIT] = {
        retryAfterSeconds: retryAfter(wait),
        message: "too many unauthenticated requests from this address; sign in, or try again later",
      } satisfies Refusal;
    }
    // Only 401s count: a 429 does not push the end of the wait its Retry-After announced.
    res.on("finish", () => {
      if (res.statusCode === 401)
        void this.anonymous
          .fail(ip)
          .then((blocked) => blocked && this.log.warn("rate limited", { limit: "anonymous", ip }));
      else if (res.locals[REFUSED] === true)
        this.log.debug("rate limited", { limit: "anonymous", ip });
    });
    next();
  };

  /** After the token check on /graphql: per signed-in person, or per service client. */
  readonly perCaller = async (_req: Request, res: Response, next: NextFunction) => {
    const caller = res.locals.caller;
    const client = caller.client?.startsWith("service:") ? caller.client : undefined;
    const over = client ? await this.clients.take(client) : await this.users.take(caller.subject);
    if (over === null) return next();
    if (over.first)
      this.log.warn("rate limited", { limit: client ? "client" : "user", caller: caller.subject });
    const { windowSeconds, userRequests, clientRequests } = this.limits;
    refuseGraphQL(res, {
      retryAfterSeconds: retryAfter(over.waitMs),
      message: `more than ${client ? clientRequests : userRequests} requests in ${windowSeconds} s; slow down`,
    });
  };

  /** Before POST /auth/token reads its body: requests per address. */
  readonly tokenEndpoint = async (req: Request, res: Response, next: NextFunction) => {
    const over = await this.tokenRequests.take(this.ip(req));
    if (over === null) return next();
    if (over.first) this.log.warn("rate limited", { limit: "token", ip: this.ip(req) });
    refuseOAuth(res, {
      retryAfterSeconds: retryAfter(over.waitMs),
      message: "too many token requests from this address",
    });
  };

  /**
   * Whether a client id or an address is locked out after wrong secrets; if so the refusal is sent
   * and true returned. During a lockout even the right secret is refused, so guessing learns nothing.
   */
  async refuseLockedOut(req: Request, res: Response, clientId: unknown): Promise<boolean> {
    const [client, ip] = await Promise.all([
      this.clientSecrets.exhausted(clientKey(clientId)),
      this.ipSecrets.exhausted(this.ip(req)),
    ]);
    const wait = Math.max(client ?? -1, ip ?? -1);
    if (wait < 0) return false;
    refuseOAuth(res, {
      retryAfterSeconds: retryAfter(wait),
      message: `too many wrong secrets for this ${client !== null ? "client" : "address"}; try again later`,
    });
    return true;
  }

  async secretRefused(req: Request, clientId: unknown): Promise<void> {
    // A request without a client id counts against its address only.
    const [client, ip] = await Promise.all([
      typeof clientId === "string" ? this.clientSecrets.fail(clientKey(clientId)) : false,
      this.ipSecrets.fail(this.ip(req)),
    ]);
    if (client || ip) {
      const { lockoutSeconds } = this.limits;
      this.log.warn("locked out after wrong secrets", {
        ...(client ? { clientId: clientKey(clientId) } : {}),
        ...(ip ? { ip: this.ip(req) } : {}),
        lockoutSeconds,
      });
    }
  }

  /** The right secret clears the client's count of wrong ones (not the address's). */
  async secretAccepted(clientId: unknown): Promise<void> {
    await this.clientSecrets.forget(clientKey(clientId));
  }
}

const clientKey = (clientId: unknown) => String(clientId).slice(0, 64);

/**
 * The signed-in session: a bearer token for the gateway and who it is for. Kept in
 * sessionStorage (gone when the tab closes; GraphiQL in the same tab reads it too).
 * Campus SSO will issue the token later; today the gateway's development sign-in does.
 */
import type { Role } from "../graphql/types";

export interface SessionUser {
  key: string;
  name: string;
  personId: string | null;
  roles: Role[];
}

export interface Session {
  token: string;
  user: SessionUser;
}

/** Why the sign-in screen is showing: a fresh visit, a sign-out, or a token the gateway refused. */
export type SignedOutReason = "signed-out" | "expired" | null;

export const TOKEN_KEY = "campus.token";
export const USER_KEY = "campus.user";

function read(): Session | null {
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const user = sessionStorage.getItem(USER_KEY);
    if (!token) return null;
    const parsed = user ? (JSON.parse(user) as Partial<SessionUser>) : {};
    return {
      token,
      user: {
        key: parsed.key ?? "",
        name: parsed.name ?? "",
        personId: parsed.personId ?? null,
        roles: Array.isArray(parsed.roles) ? parsed.roles : [],
      },
    };
  } catch {
    return null;
  }
}

let current: Session | null = read();
let reason: SignedOutReason = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  return current;
}

export function getSignedOutReason(): SignedOutReason {
  return reason;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function signIn(session: Session): void {
  sessionStorage.setItem(TOKEN_KEY, session.token);
  sessionStorage.setItem(USER_KEY, JSON.stringify(session.user));
  current = session;
  reason = null;
  emit();
}

export function signOut(why: Exclude<SignedOutReason, null> = "signed-out"): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
  if (current === null && reason === why) return;
  current = null;
  reason = why;
  emit();
}

export interface DevUser {
  key: string;
  name: string;
  roles: Role[];
}

/** The gateway's demo users; it answers 404 outside development. */
export async function fetchDevUsers(signal?: AbortSignal): Promise<DevUser[]> {
  const response = await fetch("/auth/dev-users", {
    signal,
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`GET /auth/dev-users: HTTP ${response.status}`);
  return (await response.json()) as DevUser[];
}

export async function requestDevToken(userKey: string): Promise<Session> {
  const response = await fetch("/auth/dev-token", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ user: userKey }),
  });
  if (!response.ok) throw new Error(`POST /auth/dev-token: HTTP ${response.status}`);
  const body = (await response.json()) as { token: string; user: SessionUser };
  return { token: body.token, user: body.user };
}

/**
 * A very small router on the History API: the current location as React state, `navigate`, a
 * `<Link>` that keeps normal link behaviour (new tab, copy address, keyboard) and path matching.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

const NAVIGATE_EVENT = "campus:navigate";

function subscribe(listener: () => void) {
  window.addEventListener("popstate", listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener("popstate", listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = snapshot();
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo(0, 0);
}

export function Link({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (props.target && props.target !== "_self") return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...props} />;
}

/** Matches `/people/:id` against a path; returns the decoded parameters, or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const have = pathname.split("/").filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, w] of want.entries()) {
    const h = have[i];
    if (h === undefined) return null;
    if (w.startsWith(":")) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

export const paths = {
  students: (search?: string) => (search ? `/?q=${encodeURIComponent(search)}` : "/"),
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  /** The warning queue; `query` holds its filters (view, status, level, category). */
  warnings: (query?: URLSearchParams) =>
    query && query.size > 0 ? `/warnings?${query.toString()}` : "/warnings",
  cases: () => "/cases",
  assistanceCase: (id: string) => `/cases/${encodeURIComponent(id)}`,
  /** 预警规则: the warning rules, their versions and the backtest (administrators). */
  rules: () => "/rules",
  grid: (id: string) => `/grids/${encodeURIComponent(id)}`,
};

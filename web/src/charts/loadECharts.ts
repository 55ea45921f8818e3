/** The one way into ECharts: a dynamic import, so it loads (once) when a chart first shows. */
export type ECharts = typeof import("./echartsSetup");

let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= import("./echartsSetup").catch((error: unknown) => {
    // A failed chunk (offline, a new deployment) may load on the next try.
    loading = null;
    throw error;
  });
  return loading;
}

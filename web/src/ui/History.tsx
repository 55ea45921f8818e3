import { Timeline } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { dataAttributes } from "./layout";

export interface HistoryEntry {
  key: string;
  at: string;
  text: ReactNode;
  note?: string | null;
  /** `data-*` attributes of the entry (e.g. `data-change`), for whoever reads the page. */
  data?: Record<`data-${string}`, string | undefined>;
}

/** A record's history, oldest first, each step with its time and an optional note. */
export function History({ entries, className }: { entries: HistoryEntry[]; className?: string }) {
  const { dateTime } = useI18n();
  return (
    <Timeline
      className={`timeline${className ? ` ${className}` : ""}`}
      items={entries.map((entry) => ({
        key: entry.key,
        content: (
          <span className="timeline__entry" {...dataAttributes(entry.data ?? {})}>
            <time dateTime={entry.at}>{dateTime(entry.at)}</time> {entry.text}
            {entry.note && <span className="timeline__note">{entry.note}</span>}
          </span>
        ),
      }))}
    />
  );
}

import { Card, Grid, Table, type TableProps } from "antd";
import type { HTMLAttributes, ReactNode } from "react";
import { Link } from "../router";

/** Phone width (below antd's `md`, 768 px): lists become cards, wide tables scroll inside themselves. */
export function useNarrow(): boolean {
  return Grid.useBreakpoint().md === false;
}

/** `data-*` attributes for a table row (`onRow`) or any element typed without them. */
export function dataAttributes(
  attributes: Record<`data-${string}`, string | undefined>,
): HTMLAttributes<HTMLElement> {
  return attributes;
}

/**
 * The app's tables: no pagination (lists load more by cursor), and on a phone a table that cannot
 * fit scrolls sideways inside its card instead of widening the page.
 */
export function DataTable<T extends object>(props: TableProps<T>) {
  const narrow = useNarrow();
  return (
    <Table<T>
      size="middle"
      pagination={false}
      tableLayout="auto"
      scroll={narrow ? { x: "max-content" } : undefined}
      {...props}
    />
  );
}

/** One number on a card with its label (待处理 4); a link when it opens a view. */
export function Counter({
  name,
  value,
  label,
  href,
  attribute = "data-counter",
}: {
  name: string;
  value: ReactNode;
  label: string;
  href?: string;
  attribute?: "data-counter" | "data-count";
}) {
  const body = (
    <Card size="small" hoverable={!!href} className="counter__card">
      <span className="counter__value">{value}</span>
      <span className="counter__label">{label}</span>
    </Card>
  );
  const nonzero = typeof value === "number" && value > 0;
  return (
    <li
      className={`counter counter--${name}${nonzero ? " counter--nonzero" : ""}`}
      {...{ [attribute]: name }}
    >
      {href ? (
        <Link to={href} className="counter__link">
          {body}
        </Link>
      ) : (
        body
      )}
    </li>
  );
}

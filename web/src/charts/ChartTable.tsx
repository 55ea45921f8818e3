import { useI18n } from "../i18n/I18nProvider";
import { Link } from "../router";
import { cellAt, isFigure, type ChartCell, type ChartDataset, type ChartHeader } from "./dataset";

/**
 * The chart's data as a table: what screen readers read, what prints, what the tests check. Row
 * headers are `<th scope="row">`, column headers `<th scope="col">`; a header or cell with an
 * `href` links to the rows it counts.
 */
export function ChartTable({
  caption,
  description,
  rowHeader,
  dataset,
  formatNumber,
}: {
  caption: string;
  description?: string;
  /** The heading over the row headers, e.g. 楼栋. */
  rowHeader: string;
  dataset: ChartDataset;
  formatNumber: (value: number) => string;
}) {
  const header = (h: ChartHeader) => (h.href ? <Link to={h.href}>{h.label}</Link> : h.label);
  return (
    <div className="table-wrap chart__table">
      <table className="table table--chart">
        <caption>
          <span className="chart__caption">{caption}</span>
          {description && <span className="chart__description">{description}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {dataset.columns.map((column) => (
              <th scope="col" key={column.key} data-column={column.key}>
                {header(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataset.rows.map((row, r) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{header(row)}</th>
              {dataset.columns.map((column, c) => (
                <Cell
                  key={column.key}
                  column={column.key}
                  cell={cellAt(dataset, r, c)}
                  formatNumber={formatNumber}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({
  column,
  cell,
  formatNumber,
}: {
  column: string;
  cell: ChartCell;
  formatNumber: (value: number) => string;
}) {
  const { t } = useI18n();
  if (cell === null) return <td data-column={column} data-empty="" />;
  const figure = isFigure(cell);
  const text = figure ? formatNumber(cell.value) : cell.note;
  // The link's name says what the cell stands for (a grid), then the figure.
  const linkName = cell.name ? `${cell.name}${t("app.colon")}${text}` : undefined;
  return (
    <td
      data-column={column}
      data-value={figure ? cell.value : undefined}
      data-note={figure ? undefined : cell.note}
      className={figure ? "chart-cell" : "chart-cell chart-cell--gap"}
      title={figure ? cell.name : (cell.reason ?? cell.name)}
    >
      {cell.href ? (
        <Link to={cell.href} aria-label={linkName}>
          {text}
        </Link>
      ) : (
        text
      )}
      {cell.value !== null && cell.detail && (
        <span className="chart-cell__detail">{cell.detail}</span>
      )}
    </td>
  );
}

import { Alert, Button, Spin } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";

/** "Loading…", announced. */
export function Loading({ text }: { text?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <Spin size="small" /> {text ?? t("app.loading")}
    </p>
  );
}

/** A part of the page that could not be read, with a way to try again. */
export function LoadError({ text, retry }: { text: ReactNode; retry?: () => unknown }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      className="error-box"
      title={text}
      action={
        retry && (
          <Button size="small" onClick={() => void retry()}>
            {t("app.retry")}
          </Button>
        )
      }
    />
  );
}

/** "Nothing here" in the quiet colour. */
export function EmptyText({ children, ...data }: { children: ReactNode; "data-state"?: string }) {
  return (
    <p className="empty" {...data}>
      {children}
    </p>
  );
}

/** "Load more" under a cursor-paginated list. */
export function LoadMore({
  connection,
  loading,
  onLoad,
  label,
}: {
  connection: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  loading: boolean;
  onLoad: (after: string) => void;
  label?: string;
}) {
  const { t } = useI18n();
  if (!connection.pageInfo.hasNextPage) return null;
  const after = connection.pageInfo.endCursor;
  return (
    <p className="load-more">
      <Button
        type="primary"
        loading={loading}
        aria-busy={loading}
        onClick={() => after && onLoad(after)}
      >
        {loading ? t("list.loadingMore") : (label ?? t("list.loadMore"))}
      </Button>
    </p>
  );
}

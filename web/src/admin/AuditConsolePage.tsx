import { useApolloClient, useQuery } from "@apollo/client";
import { Button, DatePicker, Form, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ACCESS_LOG, EXPORT_LIMIT, PURPOSES, filterOf, type AuditQuery } from "./auditLog";
import { PersonPicker, type PickedPerson } from "./PersonPicker";
import { campusDateStamp, exportXlsx } from "../export/xlsx";
import type { AuditAccessLogQuery } from "../generated/graphql";
import type { AccessPurpose } from "../graphql/types";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";

const PAGE_SIZE = 20;

interface FormValues {
  reader?: PickedPerson | null;
  subject?: PickedPerson | null;
  purpose?: AccessPurpose | null;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

/**
 * 审计台 (`/audit`): the whole read log, searched by viewer, student, purpose and campus dates, a
 * page at a time with its total; the filtered log exported to .xlsx. Auditors and administrators:
 * the server refuses anyone else, and the page says so.
 */
export function AuditConsolePage() {
  const { t } = useI18n();
  useDocumentTitle(t("admin.audit.title"));
  const [form] = Form.useForm<FormValues>();
  const [query, setQuery] = useState<AuditQuery>({});
  return (
    <div className="admin-page" data-page="audit">
      <PageHeading>{t("admin.audit.title")}</PageHeading>
      <p className="section-note">{t("admin.audit.intro")}</p>
      <Form<FormValues>
        form={form}
        layout="vertical"
        className="admin-filters"
        aria-label={t("admin.audit.filters")}
        onFinish={(v) =>
          setQuery({
            readerPersonId: v.reader?.id,
            subjectId: v.subject?.id,
            purpose: v.purpose ?? undefined,
            fromDay: v.from?.format("YYYY-MM-DD"),
            toDay: v.to?.format("YYYY-MM-DD"),
          })
        }
      >
        <Form.Item name="reader" label={t("admin.audit.reader")}>
          <PersonPicker kind="STAFF" />
        </Form.Item>
        <Form.Item name="subject" label={t("admin.audit.subject")}>
          <PersonPicker kind="STUDENT" />
        </Form.Item>
        <Form.Item name="purpose" label={t("admin.audit.purpose")}>
          <Select<AccessPurpose>
            allowClear
            placeholder={t("admin.audit.anyPurpose")}
            options={PURPOSES.map((p) => ({ value: p, label: t(`enum.AccessPurpose.${p}`) }))}
          />
        </Form.Item>
        <Form.Item name="from" label={t("admin.audit.from")}>
          <DatePicker className="admin-date" />
        </Form.Item>
        <Form.Item name="to" label={t("admin.audit.to")}>
          <DatePicker className="admin-date" />
        </Form.Item>
        <Form.Item className="admin-filters__actions">
          <Space wrap>
            <Button type="primary" htmlType="submit">
              {t("admin.audit.search")}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setQuery({});
              }}
            >
              {t("admin.audit.clear")}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {/* A new search is a new list: start again from its first page. */}
      <AuditResults key={JSON.stringify(query)} query={query} />
    </div>
  );
}

function AuditResults({ query }: { query: AuditQuery }) {
  const { t, label, dateTime } = useI18n();
  const client = useApolloClient();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState<"idle" | "busy" | "failed">("idle");
  const filter = filterOf(query);
  const log = useQuery(ACCESS_LOG, {
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null, filter },
    fetchPolicy: "cache-and-network",
  });
  const fieldLabel = (field: string) => {
    const text = t(`field.${field}` as MessageKey);
    return text === undefined || text === `field.${field}` ? field : text;
  };
  const connection = log.data?.accessRecords;
  if (!connection) {
    if (log.loading) return <Loading />;
    const forbidden =
      log.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
    return (
      <LoadError
        text={forbidden ? t("admin.audit.forbidden") : t("admin.loadFailed")}
        retry={forbidden ? undefined : () => log.refetch()}
      />
    );
  }
  const rows = connection.edges.map((e) => e.node);
  type Row = (typeof rows)[number];

  // The filtered log, every page of it (up to EXPORT_LIMIT rows), asked of the server as the page
  // asks: the same filter, the same caller. The log holds no sensitive value, only who read what.
  const exportLog = async () => {
    setExporting("busy");
    try {
      const all: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { data: AuditAccessLogQuery } = await client.query({
          query: ACCESS_LOG,
          variables: { first: 100, after, filter },
          fetchPolicy: "network-only",
        });
        all.push(...page.data.accessRecords.edges.map((e) => e.node));
        const info = page.data.accessRecords.pageInfo;
        if (!info.hasNextPage || !info.endCursor || all.length >= EXPORT_LIMIT) break;
        after = info.endCursor;
      }
      await exportXlsx({
        fileName: t("admin.audit.fileName", { date: campusDateStamp(new Date()) }),
        sheetName: t("admin.audit.title"),
        columns: [
          { header: t("admin.audit.col.readAt"), key: "readAt" },
          { header: t("admin.audit.col.reader"), key: "reader" },
          { header: t("admin.audit.col.readerNumber"), key: "readerNumber" },
          { header: t("admin.audit.col.subject"), key: "subject" },
          { header: t("admin.audit.col.subjectNumber"), key: "subjectNumber" },
          { header: t("admin.audit.col.field"), key: "field" },
          { header: t("admin.audit.col.purpose"), key: "purpose" },
          { header: t("admin.audit.col.client"), key: "client" },
          { header: t("admin.audit.col.requestId"), key: "requestId" },
        ],
        rows: all.slice(0, EXPORT_LIMIT).map((r) => ({
          readAt: new Date(r.readAt),
          reader: r.readerName,
          readerNumber: r.reader?.number ?? null,
          subject: r.subject.name,
          subjectNumber: r.subject.number,
          field: fieldLabel(r.field),
          purpose: label("AccessPurpose", r.purpose as AccessPurpose),
          client: r.client,
          requestId: r.requestId,
        })),
      });
      setExporting("idle");
    } catch (error) {
      console.error("audit export failed", error);
      setExporting("failed");
    }
  };

  const columns = [
    {
      key: "readAt",
      title: t("admin.audit.col.readAt"),
      render: (_: unknown, r: Row) => dateTime(r.readAt),
    },
    {
      key: "reader",
      title: t("admin.audit.col.reader"),
      render: (_: unknown, r: Row) => r.readerName,
    },
    {
      key: "subject",
      title: t("admin.audit.col.subject"),
      render: (_: unknown, r: Row) => `${r.subject.name} · ${r.subject.number}`,
    },
    {
      key: "field",
      title: t("admin.audit.col.field"),
      render: (_: unknown, r: Row) => fieldLabel(r.field),
    },
    {
      key: "purpose",
      title: t("admin.audit.col.purpose"),
      render: (_: unknown, r: Row) => label("AccessPurpose", r.purpose as AccessPurpose),
    },
    {
      key: "client",
      title: t("admin.audit.col.client"),
      render: (_: unknown, r: Row) => r.client,
    },
  ];

  return (
    <section className="admin-results" data-section="audit-results">
      <div className="admin-results__bar">
        <p data-total-count={connection.totalCount}>
          {t("admin.audit.total", { count: connection.totalCount, page: cursors.length })}
        </p>
        <span className="export">
          <button
            type="button"
            className="button button--secondary"
            data-export="xlsx"
            disabled={connection.totalCount === 0 || exporting === "busy"}
            aria-busy={exporting === "busy"}
            onClick={() => void exportLog()}
          >
            {exporting === "busy" ? t("export.busy") : t("admin.audit.export")}
          </button>
          {exporting === "failed" && (
            <span className="export__failed" role="alert">
              {t("export.failed")}
            </span>
          )}
        </span>
      </div>
      <p className="section-note">{t("admin.audit.exportNote", { limit: EXPORT_LIMIT })}</p>
      {rows.length === 0 ? (
        <EmptyText data-state="empty">{t("admin.audit.none")}</EmptyText>
      ) : (
        <div className="admin-table">
          <DataTable
            rowKey="id"
            columns={columns}
            dataSource={rows}
            onRow={(r) => dataAttributes({ "data-access-record": r.id })}
          />
        </div>
      )}
      <Space className="rows-pager">
        <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t("admin.previous")}
        </Button>
        <Button
          disabled={!connection.pageInfo.hasNextPage}
          onClick={() => {
            const end = connection.pageInfo.endCursor;
            if (end) setCursors((c) => [...c, end]);
          }}
        >
          {t("admin.next")}
        </Button>
      </Space>
    </section>
  );
}

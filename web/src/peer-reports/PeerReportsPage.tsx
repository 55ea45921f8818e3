import { NetworkStatus, useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input, Segmented, Select, Tag } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { PeerReportDecision, PeerReportStatus } from "../generated/graphql";
import { ActionError, attempt } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { PersonName } from "../pages/PersonName";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";

const PEER_REPORTS = graphql(`
  query PeerReports($first: Int!, $after: String, $status: PeerReportStatus) {
    peerReports(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        cursor
        node {
          id
          category
          concern
          anonymous
          submittedAt
          status
          outcome
          followUpNote
          closingNote
          person {
            id
            name
            number
          }
          reporter {
            id
            name
          }
          assistanceCase {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const TRIAGE_PEER_REPORT = graphql(`
  mutation TriagePeerReport($input: TriagePeerReportInput!) {
    triagePeerReport(input: $input) {
      id
      status
      outcome
    }
  }
`);

/** The decisions each state allows (the server's peer-report workflow). */
const DECISIONS: Record<PeerReportStatus, readonly PeerReportDecision[]> = {
  SUBMITTED: ["FOLLOW_UP", "NO_CONCERN", "RESOLVED", "OPEN_CASE"],
  FOLLOWING_UP: ["NO_CONCERN", "RESOLVED", "OPEN_CASE"],
  CLOSED: [],
};
const VIEWS = ["SUBMITTED", "FOLLOWING_UP", "CLOSED"] as const;

function Triage({ id, status }: { id: string; status: PeerReportStatus }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<{ decision: PeerReportDecision; note: string }>();
  const [failure, report] = useFormRefusal(form);
  const [triage, { loading }] = useMutation(TRIAGE_PEER_REPORT, {
    refetchQueries: ["PeerReports"],
    awaitRefetchQueries: true,
    errorPolicy: "all",
  });
  const decisions = DECISIONS[status];
  if (!decisions.length) return null;
  return (
    <Form
      form={form}
      layout="vertical"
      className="action"
      name={`triage-${id}`}
      data-action="triage-peer-report"
      initialValues={{ decision: decisions[0] }}
      onFinish={({ decision, note }) =>
        void attempt(
          () => triage({ variables: { input: { id, decision, note: note.trim() } } }),
          "triagePeerReport",
        ).then(report)
      }
    >
      <Form.Item name="decision" label={t("peerReports.decision")}>
        <Select
          options={decisions.map((value) => ({
            value,
            label: label("PeerReportDecision", value),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t("peerReports.note")}
        rules={[
          { required: true, whitespace: true, message: t("peerReports.noteRequired") },
          { max: MAX_TEXT_LENGTH },
        ]}
      >
        <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("peerReports.triage")}
      </Button>
      <ActionError failure={failure} />
    </Form>
  );
}

/**
 * 同学反映: the reports about the students the caller looks after (the server decides which:
 * CARE for the student, MENTAL_HEALTH too for a MENTAL_HEALTH report), by state, each triaged with
 * a note: follow up, close, or open an assistance case.
 */
export function PeerReportsPage() {
  const { t, label, dateTime } = useI18n();
  useDocumentTitle(t("peerReports.title"));
  const [status, setStatus] = useState<PeerReportStatus>("SUBMITTED");
  const { data, error, loading, networkStatus, fetchMore, refetch } = useQuery(PEER_REPORTS, {
    variables: { first: 20, status },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.peerReports;
  const rows = connection?.edges.map((e) => e.node);
  return (
    <div className="peer-reports">
      <PageHeading>{t("peerReports.title")}</PageHeading>
      <p className="page-intro">{t("peerReports.intro")}</p>
      <Segmented
        value={status}
        onChange={(value) => setStatus(value)}
        options={VIEWS.map((value) => ({ value, label: label("PeerReportStatus", value) }))}
      />
      {!rows && loading && <Loading />}
      {!rows && error && <LoadError text={t("peerReports.error")} retry={refetch} />}
      {rows && (
        <p className="result-count" role="status" data-total={connection?.totalCount}>
          {t("peerReports.count", { count: connection?.totalCount ?? 0 })}
        </p>
      )}
      {rows &&
        (rows.length === 0 ? (
          <EmptyText>{t("peerReports.none")}</EmptyText>
        ) : (
          <ul className="card-list" aria-label={t("peerReports.title")}>
            {rows.map((r) => (
              <li key={r.id} data-peer-report={r.id} data-status={r.status}>
                <Card size="small">
                  <p>
                    <PersonName person={r.person} separator=" " />{" "}
                    <Tag>{label("WarningCategory", r.category)}</Tag>
                    {r.outcome && <Tag>{label("PeerReportOutcome", r.outcome)}</Tag>}
                  </p>
                  <p className="muted" data-reporter={r.reporter ? "named" : "anonymous"}>
                    {t("peerReports.reportedBy", {
                      by: r.reporter?.name ?? t("peerReports.anonymousReporter"),
                      at: dateTime(r.submittedAt),
                    })}
                  </p>
                  {r.concern && <p>{r.concern}</p>}
                  {r.followUpNote && (
                    <p className="muted">
                      {t("peerReports.followUpNote")}：{r.followUpNote}
                    </p>
                  )}
                  {r.closingNote && (
                    <p className="muted">
                      {t("peerReports.closingNote")}：{r.closingNote}
                    </p>
                  )}
                  {r.assistanceCase && (
                    <p>
                      <Link to={paths.assistanceCase(r.assistanceCase.id)}>
                        {t("peerReports.openCase")}
                      </Link>
                    </p>
                  )}
                  <Triage id={r.id} status={r.status} />
                </Card>
              </li>
            ))}
          </ul>
        ))}
      {connection && (
        <LoadMore
          connection={connection}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoad={(after) => void fetchMore({ variables: { after } })}
        />
      )}
    </div>
  );
}

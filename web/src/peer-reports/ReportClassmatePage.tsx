import { useMutation, useQuery } from "@apollo/client";
import { App, Button, Card, Checkbox, Form, Input, Select, Tag } from "antd";
import { graphql } from "../generated";
import type { WarningCategory } from "../generated/graphql";
import { ActionError, attempt } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { EmptyText, LoadError, Loading } from "../ui/feedback";

const MY_PEER_REPORTS = graphql(`
  query MyPeerReports {
    myPeerReports {
      id
      category
      concern
      anonymous
      submittedAt
      status
    }
  }
`);

const SUBMIT_PEER_REPORT = graphql(`
  mutation SubmitPeerReport($input: SubmitPeerReportInput!) {
    submitPeerReport(input: $input) {
      id
      status
    }
  }
`);

const CATEGORIES: readonly WarningCategory[] = [
  "BEHAVIOUR",
  "ACADEMIC",
  "MENTAL_HEALTH",
  "FINANCIAL",
  "SAFETY",
];
/** The server's limit on how a classmate is named (MAX_NAMING_LENGTH). */
const MAX_NAMING_LENGTH = 50;

interface ReportValues {
  number: string;
  name: string;
  category: WarningCategory;
  concern: string;
  anonymous: boolean;
}

/**
 * 反映同学情况: a student tells the staff who look after a classmate what worries them. The
 * classmate is named by student number and name (both must match: there is no directory to pick
 * from); the report can be anonymous to staff. Below, the student's own reports and where they stand.
 */
export function ReportClassmatePage() {
  const { t, label, dateTime } = useI18n();
  const { message } = App.useApp();
  useDocumentTitle(t("peerReports.reportTitle"));
  const [form] = Form.useForm<ReportValues>();
  const [failure, report] = useFormRefusal(form);
  const mine = useQuery(MY_PEER_REPORTS, { errorPolicy: "all", fetchPolicy: "cache-and-network" });
  const [submitReport, { loading }] = useMutation(SUBMIT_PEER_REPORT, {
    refetchQueries: ["MyPeerReports"],
    awaitRefetchQueries: true,
    errorPolicy: "all",
  });
  const submit = async (values: ReportValues) => {
    const refused = await attempt(
      () =>
        submitReport({
          variables: {
            input: {
              number: values.number.trim(),
              name: values.name.trim(),
              category: values.category,
              concern: values.concern.trim(),
              anonymous: values.anonymous,
            },
          },
        }),
      "submitPeerReport",
    );
    report(refused);
    if (!refused) {
      form.resetFields();
      void message.success(t("peerReports.submitted"));
    }
  };
  const rows = mine.data?.myPeerReports;
  return (
    <div className="peer-reports">
      <PageHeading>{t("peerReports.reportTitle")}</PageHeading>
      <p className="page-intro">{t("peerReports.reportIntro")}</p>
      <Card size="small">
        <Form
          form={form}
          layout="vertical"
          name="peer-report"
          data-form="peer-report"
          initialValues={{ category: "BEHAVIOUR", anonymous: false }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="number"
            label={t("peerReports.number")}
            rules={[
              { required: true, whitespace: true, message: t("peerReports.numberRequired") },
              { max: MAX_NAMING_LENGTH },
            ]}
          >
            <Input inputMode="numeric" autoComplete="off" maxLength={MAX_NAMING_LENGTH} />
          </Form.Item>
          <Form.Item
            name="name"
            label={t("peerReports.name")}
            rules={[
              { required: true, whitespace: true, message: t("peerReports.nameRequired") },
              { max: MAX_NAMING_LENGTH },
            ]}
          >
            <Input autoComplete="off" maxLength={MAX_NAMING_LENGTH} />
          </Form.Item>
          <Form.Item name="category" label={t("peerReports.category")}>
            <Select
              options={CATEGORIES.map((value) => ({
                value,
                label: label("WarningCategory", value),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="concern"
            label={t("peerReports.concern")}
            rules={[
              { required: true, whitespace: true, message: t("peerReports.concernRequired") },
              { max: MAX_TEXT_LENGTH },
            ]}
          >
            <Input.TextArea rows={4} maxLength={MAX_TEXT_LENGTH} />
          </Form.Item>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox>{t("peerReports.anonymous")}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t("peerReports.submit")}
          </Button>
          <ActionError failure={failure} />
        </Form>
      </Card>

      <h2>{t("peerReports.mine")}</h2>
      {!rows && mine.loading && <Loading />}
      {!rows && mine.error && <LoadError text={t("peerReports.mineError")} retry={mine.refetch} />}
      {rows &&
        (rows.length === 0 ? (
          <EmptyText>{t("peerReports.noneMine")}</EmptyText>
        ) : (
          <ul className="card-list" aria-label={t("peerReports.mine")}>
            {rows.map((r) => (
              <li key={r.id} data-my-peer-report={r.id} data-status={r.status}>
                <Card size="small">
                  <p>
                    <Tag>{label("WarningCategory", r.category)}</Tag>
                    <Tag color={r.status === "CLOSED" ? "default" : "blue"}>
                      {label("PeerReportStatus", r.status)}
                    </Tag>
                    {r.anonymous && <Tag>{t("peerReports.anonymousTag")}</Tag>}
                  </p>
                  <p className="muted">{dateTime(r.submittedAt)}</p>
                  <p>{r.concern}</p>
                </Card>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

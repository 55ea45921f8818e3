import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Form, Input } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { PersonName } from "../pages/PersonName";
import { EmptyText, LoadError, Loading } from "../ui/feedback";

const MY_REFERRALS = graphql(`
  query MyReferrals {
    myReferrals {
      id
      category
      referredAt
      status
      note
      person {
        id
        name
        number
      }
      referredBy {
        id
        name
      }
    }
  }
`);

const CLOSE_REFERRAL = graphql(`
  mutation CloseMyReferral($id: ID!, $note: String) {
    closeReferral(id: $id, note: $note) {
      id
      status
    }
  }
`);

function CloseReferral({ id, onClosed }: { id: string; onClosed: () => unknown }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ note: string }>();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [close, { loading }] = useMutation(CLOSE_REFERRAL, { errorPolicy: "all" });
  return (
    <Form
      form={form}
      layout="vertical"
      className="action"
      data-action="close-referral"
      name={`close-referral-${id}`}
      onFinish={({ note }) =>
        void attempt(() => close({ variables: { id, note: note.trim() } }), "closeReferral").then(
          (refused) => {
            setFailure(refused);
            if (!refused) void onClosed();
          },
        )
      }
    >
      <Form.Item
        name="note"
        label={t("casework.referralNote")}
        rules={[
          { required: true, whitespace: true, message: t("casework.referralNoteRequired") },
          { max: MAX_TEXT_LENGTH },
        ]}
      >
        <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
      </Form.Item>
      <Button htmlType="submit" loading={loading}>
        {t("casework.closeReferral")}
      </Button>
      <ActionError failure={failure} />
    </Form>
  );
}

/** 转介工作台: the psychology teacher's open referrals, each closed with a note. */
export function ReferralsPage() {
  const { t, dateTime } = useI18n();
  useDocumentTitle(t("casework.referrals"));
  const { data, error, loading, refetch } = useQuery(MY_REFERRALS, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const rows = data?.myReferrals;
  return (
    <>
      <PageHeading>{t("casework.referrals")}</PageHeading>
      <p className="page-intro">{t("casework.referralsIntro")}</p>
      {!rows && loading && <Loading />}
      {!rows && error && <LoadError text={t("casework.referralsError")} retry={refetch} />}
      {rows &&
        (rows.length === 0 ? (
          <EmptyText>{t("casework.noReferrals")}</EmptyText>
        ) : (
          <ul className="card-list" aria-label={t("casework.referrals")}>
            {rows.map((r) => (
              <li key={r.id} data-referral={r.id}>
                <Card size="small">
                  <p>
                    <PersonName person={r.person} separator=" " />
                  </p>
                  <p className="muted">
                    {t("casework.referredBy", {
                      by: r.referredBy?.name ?? t("person.unknown"),
                      at: dateTime(r.referredAt),
                    })}
                  </p>
                  {r.note && <p>{r.note}</p>}
                  <CloseReferral id={r.id} onClosed={refetch} />
                </Card>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

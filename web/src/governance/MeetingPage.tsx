import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Descriptions, Input, Tag } from "antd";
import { useEffect, useState } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { MEETING_LEVEL_KEY, STATUS_KEY } from "./governance";
import { NewWorkItemForm } from "./NewWorkItemForm";
import { Refusal } from "./Refusal";
import "./governance.css";

export const SECRETARY_MEETING = graphql(`
  query GovernanceMeeting($id: ID!) {
    secretaryMeeting(id: $id) {
      id
      level
      heldOn
      topic
      minutes
      locked
      signedOffAt
      signedOffBy {
        id
        name
      }
      unit {
        id
        name
      }
      chair {
        id
        name
      }
      attendees {
        id
        name
      }
      decisions {
        id
        title
        list
        dueOn
        status
        inCharge {
          id
          name
        }
      }
    }
  }
`);

export const RECORD_MINUTES = graphql(`
  mutation GovernanceRecordMinutes($input: RecordMeetingMinutesInput!) {
    recordMeetingMinutes(input: $input) {
      id
      minutes
    }
  }
`);

export const SIGN_OFF_MINUTES = graphql(`
  mutation GovernanceSignOffMinutes($meetingId: ID!) {
    signOffMeetingMinutes(meetingId: $meetingId) {
      id
      locked
      signedOffAt
      signedOffBy {
        id
        name
      }
    }
  }
`);

/** A secretaries' meeting: its minutes (written, then signed off and locked) and its decisions. */
export function MeetingPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const meeting = useQuery(SECRETARY_MEETING, { variables: { id }, errorPolicy: "all" });
  const m = meeting.data?.secretaryMeeting;
  useDocumentTitle(m?.topic ?? t("governance.meetings.title"));
  const [minutes, setMinutes] = useState("");
  useEffect(() => setMinutes(m?.minutes ?? ""), [m?.minutes]);
  const refetch = () => void meeting.refetch();
  const [record, recorded] = useMutation(RECORD_MINUTES, { onCompleted: () => refetch() });
  const [signOff, signed] = useMutation(SIGN_OFF_MINUTES, { onCompleted: () => refetch() });
  if (meeting.loading && !meeting.data) return <Loading />;
  if (!m) return <LoadError text={t("governance.meetings.missing")} retry={refetch} />;
  return (
    <div className="governance" data-page="meeting" data-locked={m.locked}>
      <PageHeading>{m.topic}</PageHeading>
      <p className="governance__meta">
        <Link to={paths.meetings()}>{t("governance.meetings.title")}</Link>
      </p>
      <div className="governance__cards">
        <Card size="small" data-card="minutes">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t("governance.meetings.level")}>
              {t(MEETING_LEVEL_KEY[m.level])}
            </Descriptions.Item>
            <Descriptions.Item label={t("governance.field.unit")}>{m.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t("governance.meetings.heldOn")}>
              {m.heldOn}
            </Descriptions.Item>
            <Descriptions.Item label={t("governance.meetings.chair")}>
              {m.chair?.name ?? t("person.unknown")}
            </Descriptions.Item>
            <Descriptions.Item label={t("governance.meetings.attendees")}>
              {m.attendees.map((a) => a?.name ?? "").join("、") || t("app.none")}
            </Descriptions.Item>
          </Descriptions>
          <h2 className="governance__title">{t("governance.meetings.minutes")}</h2>
          {m.locked ? (
            <>
              <Tag color="green" data-signed-off>
                {t("governance.meetings.signedOff", {
                  name: m.signedOffBy?.name ?? "",
                  at: new Date(String(m.signedOffAt)).toLocaleString(locale),
                })}
              </Tag>
              <p className="governance__minutes">{m.minutes}</p>
            </>
          ) : (
            <form
              className="governance__form"
              onSubmit={(event) => {
                event.preventDefault();
                void record({ variables: { input: { meetingId: m.id, minutes } } }).catch(
                  () => undefined,
                );
              }}
            >
              <Input.TextArea
                aria-label={t("governance.meetings.minutes")}
                value={minutes}
                rows={6}
                maxLength={20000}
                onChange={(e) => setMinutes(e.target.value)}
              />
              <div className="governance__actions">
                <Button htmlType="submit" loading={recorded.loading}>
                  {t("governance.meetings.save")}
                </Button>
                <Button
                  type="primary"
                  data-action="sign-off"
                  loading={signed.loading}
                  onClick={() =>
                    void signOff({ variables: { meetingId: m.id } }).catch(() => undefined)
                  }
                >
                  {t("governance.meetings.signOff")}
                </Button>
              </div>
              <Refusal error={recorded.error ?? signed.error} />
            </form>
          )}
        </Card>
        <Card
          size="small"
          title={<h2 className="governance__title">{t("governance.meetings.decisions")}</h2>}
          data-card="decisions"
        >
          {m.decisions.length === 0 ? (
            <EmptyText>{t("governance.none")}</EmptyText>
          ) : (
            <ul className="governance__list">
              {m.decisions.map((d) => (
                <li key={d.id} data-item={d.id}>
                  <Link to={paths.workItem(d.id)}>{d.title}</Link>{" "}
                  <Tag>{t(STATUS_KEY[d.status])}</Tag>
                  <div className="governance__meta">
                    {d.inCharge?.name ?? ""} · {d.dueOn}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {!m.locked && (
          <NewWorkItemForm parents={[]} onCreated={refetch} meetingId={m.id} unitId={m.unit.id} />
        )}
      </div>
    </div>
  );
}

import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Select, Tag } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { MeetingLevel } from "../generated/graphql";
import { PersonPicker, type PickedPerson } from "../admin/PersonPicker";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { MEETING_LEVEL_KEY, todayDate } from "./governance";
import { useGovernanceUnits } from "./NewWorkItemForm";
import { Refusal } from "./Refusal";
import "./governance.css";

export const SECRETARY_MEETINGS = graphql(`
  query GovernanceMeetings {
    secretaryMeetings(first: 100) {
      totalCount
      edges {
        node {
          id
          level
          heldOn
          topic
          locked
          unit {
            id
            name
          }
          chair {
            id
            name
          }
        }
      }
    }
  }
`);

export const CREATE_MEETING = graphql(`
  mutation GovernanceCreateMeeting($input: CreateSecretaryMeetingInput!) {
    createSecretaryMeeting(input: $input) {
      id
    }
  }
`);

const LEVELS: readonly MeetingLevel[] = ["COLLEGE", "BRANCH"];

function NewMeetingForm({ onCreated }: { onCreated: (id: string) => unknown }) {
  const { t } = useI18n();
  const { units, preferred, personId } = useGovernanceUnits();
  const [level, setLevel] = useState<MeetingLevel>("BRANCH");
  const [unitId, setUnitId] = useState<string | null>(null);
  const [heldOn, setHeldOn] = useState(todayDate());
  const [topic, setTopic] = useState("");
  const [chair, setChair] = useState<PickedPerson | null>(null);
  const [attendees, setAttendees] = useState<PickedPerson[]>([]);
  const [create, created] = useMutation(CREATE_MEETING, {
    onCompleted: (data) => onCreated(data.createSecretaryMeeting.id),
  });
  const unit = unitId ?? preferred ?? units[0]?.id ?? "";
  return (
    <Card
      size="small"
      title={<h2 className="governance__title">{t("governance.meetings.new")}</h2>}
      data-card="new-meeting"
    >
      <form
        className="governance__form"
        onSubmit={(event) => {
          event.preventDefault();
          void create({
            variables: {
              input: {
                level,
                unitId: unit,
                heldOn,
                topic,
                chairId: chair?.id ?? personId,
                attendeeIds: attendees.map((a) => a.id),
              },
            },
          }).catch(() => undefined);
        }}
      >
        <Select
          aria-label={t("governance.meetings.level")}
          value={level}
          onChange={setLevel}
          options={LEVELS.map((l) => ({ value: l, label: t(MEETING_LEVEL_KEY[l]) }))}
        />
        <Select
          aria-label={t("governance.field.unit")}
          value={unit || undefined}
          onChange={setUnitId}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Input
          type="date"
          aria-label={t("governance.meetings.heldOn")}
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
        />
        <Input
          aria-label={t("governance.meetings.topic")}
          placeholder={t("governance.meetings.topic")}
          value={topic}
          maxLength={200}
          onChange={(e) => setTopic(e.target.value)}
        />
        <PersonPicker
          id="governance-chair"
          kind="STAFF"
          placeholder={t("governance.meetings.chairMe")}
          value={chair}
          onChange={setChair}
        />
        <PersonPicker
          id="governance-attendee"
          placeholder={t("governance.meetings.addAttendee")}
          value={null}
          onChange={(person) => {
            if (person && !attendees.some((a) => a.id === person.id))
              setAttendees([...attendees, person]);
          }}
        />
        {attendees.length > 0 && (
          <p className="governance__meta">
            {t("governance.meetings.attendees")}: {attendees.map((a) => a.name).join("、")}
          </p>
        )}
        <Button htmlType="submit" type="primary" loading={created.loading}>
          {t("governance.meetings.create")}
        </Button>
      </form>
      <Refusal error={created.error} />
    </Card>
  );
}

/** 两级书记例会: the meetings of the units one governs or chairs, and a new one. */
export function MeetingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("governance.meetings.title"));
  const meetings = useQuery(SECRETARY_MEETINGS, { errorPolicy: "all" });
  const [createdId, setCreatedId] = useState<string | null>(null);
  let body;
  if (meetings.loading && !meetings.data) body = <Loading />;
  else if (!meetings.data)
    body = <LoadError text={t("governance.failed")} retry={() => void meetings.refetch()} />;
  else {
    const rows = meetings.data.secretaryMeetings.edges.map((e) => e.node);
    body = (
      <div className="governance__cards">
        <Card
          size="small"
          data-card="meetings"
          data-total={meetings.data.secretaryMeetings.totalCount}
        >
          {rows.length === 0 ? (
            <EmptyText>{t("governance.meetings.none")}</EmptyText>
          ) : (
            <ul className="governance__list">
              {rows.map((m) => (
                <li key={m.id} data-meeting={m.id}>
                  <Link to={paths.meeting(m.id)}>{m.topic}</Link>{" "}
                  <Tag>{t(MEETING_LEVEL_KEY[m.level])}</Tag>
                  {m.locked && <Tag color="green">{t("governance.meetings.locked")}</Tag>}
                  <div className="governance__meta">
                    {m.heldOn} · {m.unit.name} · {m.chair?.name ?? ""}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <NewMeetingForm
          onCreated={(id) => {
            setCreatedId(id);
            void meetings.refetch();
          }}
        />
      </div>
    );
  }
  return (
    <div className="governance" data-page="meetings">
      <PageHeading>{t("governance.meetings.title")}</PageHeading>
      <p className="governance__meta">
        <Link to={paths.governance()}>{t("governance.title")}</Link>
        {createdId && (
          <>
            {" · "}
            <Link to={paths.meeting(createdId)} data-created>
              {t("governance.meetings.openCreated")}
            </Link>
          </>
        )}
      </p>
      {body}
    </div>
  );
}

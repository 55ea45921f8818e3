import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Descriptions, Input, Tag } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { WorkItemStatus } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { LEVEL_KEY, LIST_KEY, MOVES, MOVE_KEY, STATUS_KEY } from "./governance";
import { Refusal } from "./Refusal";
import "./governance.css";

export const WORK_ITEM = graphql(`
  query GovernanceWorkItem($id: ID!) {
    workItem(id: $id) {
      id
      list
      title
      description
      dueOn
      status
      level
      overdue
      createdAt
      unit {
        id
        name
      }
      inCharge {
        id
        name
      }
      parent {
        id
        title
      }
      children {
        id
        title
        status
      }
      meeting {
        id
        topic
      }
      transitions {
        id
        fromStatus
        toStatus
        note
        createdAt
        by {
          id
          name
        }
      }
      followUps {
        id
        on
        note
        by {
          id
          name
        }
      }
      escalations {
        id
        dueOn
        fromLevel
        toLevel
        createdAt
      }
    }
  }
`);

export const MOVE_WORK_ITEM = graphql(`
  mutation GovernanceMoveWorkItem($input: MoveWorkItemInput!) {
    moveWorkItem(input: $input) {
      id
      status
    }
  }
`);

export const ADD_FOLLOW_UP = graphql(`
  mutation GovernanceAddFollowUp($input: AddWorkItemFollowUpInput!) {
    addWorkItemFollowUp(input: $input) {
      id
    }
  }
`);

/** A work item: what, whose, by when, its moves (who, when), follow-up notes and escalations. */
export function WorkItemPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const item = useQuery(WORK_ITEM, { variables: { id }, errorPolicy: "all" });
  const [note, setNote] = useState("");
  const [followUp, setFollowUp] = useState("");
  const refetch = () => void item.refetch();
  const [move, moved] = useMutation(MOVE_WORK_ITEM, { onCompleted: () => refetch() });
  const [addNote, added] = useMutation(ADD_FOLLOW_UP, {
    onCompleted: () => {
      setFollowUp("");
      refetch();
    },
  });
  const w = item.data?.workItem;
  useDocumentTitle(w?.title ?? t("governance.item"));
  const when = (at: unknown) => new Date(String(at)).toLocaleString(locale);
  if (item.loading && !item.data) return <Loading />;
  if (!w) return <LoadError text={t("governance.itemMissing")} retry={refetch} />;
  const open = w.status === "OPEN" || w.status === "IN_PROGRESS";
  return (
    <div className="governance" data-page="work-item" data-status={w.status}>
      <PageHeading>{w.title}</PageHeading>
      <p className="governance__meta">
        <Link to={paths.governance()}>{t("governance.title")}</Link>
      </p>
      <div className="governance__cards">
        <Card size="small" title={<h2 className="governance__title">{t(LIST_KEY[w.list])}</h2>}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t("governance.field.status")}>
              <Tag color={w.overdue ? "red" : undefined} data-status={w.status}>
                {t(STATUS_KEY[w.status])}
                {w.overdue ? ` · ${t("governance.overdue")}` : ""}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t("governance.field.unit")}>{w.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t("governance.field.inCharge")}>
              {w.inCharge?.name ?? t("person.unknown")}
            </Descriptions.Item>
            <Descriptions.Item label={t("governance.field.dueOn")}>{w.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t("governance.field.level")}>
              {t(LEVEL_KEY[w.level])}
            </Descriptions.Item>
            {w.parent && (
              <Descriptions.Item label={t("governance.field.parent")}>
                <Link to={paths.workItem(w.parent.id)}>{w.parent.title}</Link>
              </Descriptions.Item>
            )}
            {w.meeting && (
              <Descriptions.Item label={t("governance.meetings.decidedAt")}>
                <Link to={paths.meeting(w.meeting.id)}>{w.meeting.topic}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          {w.description && <p className="governance__minutes">{w.description}</p>}
          {w.children.length > 0 && (
            <ul className="governance__list" aria-label={t("governance.children")}>
              {w.children.map((c) => (
                <li key={c.id}>
                  <Link to={paths.workItem(c.id)}>{c.title}</Link>{" "}
                  <Tag>{t(STATUS_KEY[c.status])}</Tag>
                </li>
              ))}
            </ul>
          )}
          {open && (
            <div className="governance__form" data-card="move">
              <Input
                aria-label={t("governance.moveNote")}
                placeholder={t("governance.moveNote")}
                value={note}
                maxLength={500}
                onChange={(e) => setNote(e.target.value)}
              />
              <div className="governance__actions">
                {MOVES[w.status].map((to: WorkItemStatus) => (
                  <Button
                    key={to}
                    data-move={to}
                    type={to === "DONE" ? "primary" : "default"}
                    danger={to === "CANCELLED"}
                    loading={moved.loading}
                    onClick={() =>
                      void move({ variables: { input: { itemId: w.id, status: to, note } } })
                        .then(() => setNote(""))
                        .catch(() => undefined)
                    }
                  >
                    {t(MOVE_KEY[to])}
                  </Button>
                ))}
              </div>
              <Refusal error={moved.error} />
            </div>
          )}
        </Card>
        <Card
          size="small"
          title={<h2 className="governance__title">{t("governance.followUps")}</h2>}
          data-card="follow-ups"
        >
          {w.followUps.length === 0 ? (
            <EmptyText>{t("governance.noFollowUps")}</EmptyText>
          ) : (
            <ul className="governance__list">
              {w.followUps.map((f) => (
                <li key={f.id} data-follow-up>
                  <strong>{f.on}</strong> {f.note}
                  <div className="governance__meta">{f.by?.name ?? ""}</div>
                </li>
              ))}
            </ul>
          )}
          {open && (
            <form
              className="governance__form"
              onSubmit={(event) => {
                event.preventDefault();
                void addNote({ variables: { input: { itemId: w.id, note: followUp } } }).catch(
                  () => undefined,
                );
              }}
            >
              <Input.TextArea
                aria-label={t("governance.newFollowUp")}
                placeholder={t("governance.newFollowUp")}
                value={followUp}
                maxLength={1000}
                onChange={(e) => setFollowUp(e.target.value)}
              />
              <Button htmlType="submit" loading={added.loading}>
                {t("governance.addFollowUp")}
              </Button>
              <Refusal error={added.error} />
            </form>
          )}
        </Card>
        <Card
          size="small"
          title={<h2 className="governance__title">{t("governance.history")}</h2>}
          data-card="history"
        >
          <ul className="governance__list">
            {w.transitions.map((s) => (
              <li key={s.id} data-step={s.toStatus}>
                {s.fromStatus ? `${t(STATUS_KEY[s.fromStatus])} → ` : ""}
                {t(STATUS_KEY[s.toStatus])} {s.note && `· ${s.note}`}
                <div className="governance__meta">
                  {s.by?.name ?? t("governance.system")} · {when(s.createdAt)}
                </div>
              </li>
            ))}
            {w.escalations.map((e) => (
              <li key={e.id} data-escalation>
                {t("governance.escalated", {
                  from: t(LEVEL_KEY[e.fromLevel]),
                  to: t(LEVEL_KEY[e.toLevel]),
                  dueOn: e.dueOn,
                })}
                <div className="governance__meta">{when(e.createdAt)}</div>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}

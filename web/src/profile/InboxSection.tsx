import { useMutation } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { App, Button, Descriptions, Form, Input, Space, Tag } from "antd";
import { useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import { ActionError, attempt } from "../graphql/actionErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useFormRefusal } from "../graphql/formErrors";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import { ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

export const InboxPush_push = graphql(`
  fragment InboxPush_push on ResourcePush {
    id
    pushedAt
    readAt
    uptakeAt
    uptakeNote
    reason
    resource {
      id
      kind
      title
      provider
      location
      url
    }
  }
`);

/**
 * 资源推荐: the resources the evaluation subgraph pushed to the student, newest first. The student
 * and staff with CARE for them may read it; for anyone else the section is not there.
 */
export const InboxSection_person = graphql(`
  fragment InboxSection_person on Person {
    id
    unreadInboxCount
    inbox(first: 20) {
      totalCount
      edges {
        node {
          id
          ...InboxPush_push
        }
      }
    }
  }
`);

// Each answers with the push and the student's unread count, so the cache updates the section.
export const MARK_PUSH_READ = graphql(`
  mutation MarkPushRead($pushId: ID!) {
    markPushRead(pushId: $pushId) {
      id
      ...InboxPush_push
      person {
        id
        unreadInboxCount
      }
    }
  }
`);

/** An uptake also enters the growth record: it answers with the growth section too. */
export const RECORD_UPTAKE = graphql(`
  mutation RecordUptake($input: RecordUptakeInput!, $term: String!) {
    recordUptake(input: $input) {
      id
      ...InboxPush_push
      person {
        id
        unreadInboxCount
        ...GrowthSection_person
      }
    }
  }
`);

export type InboxPush = ResultOf<typeof InboxPush_push>;

export type InboxSectionPerson = ResultOf<typeof InboxSection_person>;

/** Not the viewer's to read: no section at all, rather than a refusal notice. */
export function inboxHidden(person: InboxSectionPerson, { errors }: SectionErrors): boolean {
  return person.inbox === null && errors.some((e) => e.extensions?.code === "FORBIDDEN");
}

export function inboxProblem(
  person: InboxSectionPerson,
  { errors }: SectionErrors,
): SectionProblem {
  if (inboxHidden(person, { errors, unattributed: false })) return null;
  return problemOf(errors) ?? (person.inbox === null ? "unavailable" : null);
}

/** The student's own actions on one push: mark it read, say they take it up (with a note). */
function PushActions({ push, term }: { push: InboxPush; term: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [joining, setJoining] = useState(false);
  const [failure, report] = useFormRefusal(form);
  const [markRead, markReadState] = useMutation(MARK_PUSH_READ, { errorPolicy: "all" });
  const [recordUptake, uptakeState] = useMutation(RECORD_UPTAKE, { errorPolicy: "all" });
  const busy = markReadState.loading || uptakeState.loading;

  const onMarkRead = async () => {
    report(await attempt(() => markRead({ variables: { pushId: push.id } }), "markPushRead"));
  };
  const onJoin = async ({ note }: { note?: string }) => {
    const refused = await attempt(
      () =>
        recordUptake({
          variables: { input: { pushId: push.id, note: note?.trim() || null }, term },
        }),
      "recordUptake",
    );
    report(refused);
    if (!refused) {
      setJoining(false);
      void message.success(t("inbox.joined"));
    }
  };

  return (
    <div className="push__actions" data-push-actions={push.id}>
      {!push.uptakeAt && !joining && (
        <Space wrap>
          {!push.readAt && (
            <Button
              size="small"
              disabled={busy}
              loading={markReadState.loading}
              onClick={() => void onMarkRead()}
              data-action="mark-read"
            >
              {t("inbox.markRead")}
            </Button>
          )}
          <Button
            type="primary"
            size="small"
            disabled={busy}
            onClick={() => setJoining(true)}
            data-action="join"
          >
            {t("inbox.join")}
          </Button>
        </Space>
      )}
      {!push.uptakeAt && joining && (
        <Form
          form={form}
          name={`uptake-${push.id}`}
          layout="vertical"
          className="push__join"
          onFinish={(values) => void onJoin(values)}
          data-action="uptake"
        >
          <Form.Item
            name="note"
            label={t("inbox.joinNote")}
            extra={t("inbox.joinNoteHint")}
            rules={[{ max: MAX_TEXT_LENGTH }]}
          >
            <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
          </Form.Item>
          <Space wrap>
            <Button type="primary" size="small" htmlType="submit" loading={uptakeState.loading}>
              {t("inbox.joinConfirm")}
            </Button>
            <Button size="small" disabled={busy} onClick={() => setJoining(false)}>
              {t("inbox.joinCancel")}
            </Button>
          </Space>
        </Form>
      )}
      <ActionError failure={failure} />
    </div>
  );
}

export function InboxSection({
  person,
  errors,
  term,
}: {
  person: InboxSectionPerson;
  errors: SectionErrors;
  term: string;
}) {
  const { t, label, dateTime } = useI18n();
  const session = useSession();
  if (inboxHidden(person, errors)) return null;
  const { inbox, unreadInboxCount } = person;
  // Only the student it was pushed to may mark it read or take it up; staff read along.
  const own = session?.user.personId === person.id;
  const pushes = inbox?.edges.map((e) => e.node) ?? [];
  const title = (
    <>
      {t("section.inbox")}{" "}
      {unreadInboxCount !== null && inbox && inbox.totalCount > 0 && (
        <Tag
          className="badge"
          color={unreadInboxCount > 0 ? "red" : undefined}
          data-unread-count={unreadInboxCount}
        >
          {unreadInboxCount > 0
            ? t("inbox.unreadCount", { count: unreadInboxCount })
            : t("inbox.allRead")}
        </Tag>
      )}
    </>
  );
  return (
    <ProfileSection id="inbox" title={title} problem={inboxProblem(person, errors)}>
      {inbox && inbox.totalCount === 0 && <EmptyText>{t("inbox.none")}</EmptyText>}
      {inbox && inbox.totalCount > 0 && (
        <>
          <p className="section-note">
            {t(own ? "inbox.intro" : "inbox.readOnly")}
            {inbox.totalCount > pushes.length &&
              ` ${t("inbox.showing", { shown: pushes.length, count: inbox.totalCount })}`}
          </p>
          <ul className="push-list" aria-label={t("inbox.caption")}>
            {pushes.map((push) => {
              const unread = !push.readAt;
              const r = push.resource;
              return (
                <li
                  key={push.id}
                  className={`push${unread ? " push--unread" : ""}`}
                  data-push={push.id}
                  data-read={unread ? "false" : "true"}
                  data-uptake={push.uptakeAt ? "true" : "false"}
                >
                  <div className="push__head">
                    {unread ? <span className="push__dot" aria-hidden="true" /> : null}
                    <span className="push__title">{r.title}</span>
                    <Tag>{label("ResourceKind", r.kind)}</Tag>
                    <StatusTag tone={unread ? "active" : "muted"}>
                      {t(unread ? "inbox.unread" : "inbox.read")}
                    </StatusTag>
                  </div>
                  <Descriptions
                    className="push__facts"
                    size="small"
                    column={1}
                    items={[
                      { key: "reason", label: t("inbox.reason"), children: push.reason },
                      { key: "provider", label: t("inbox.provider"), children: r.provider },
                      ...(r.location
                        ? [{ key: "location", label: t("inbox.location"), children: r.location }]
                        : []),
                      ...(r.url
                        ? [
                            {
                              key: "url",
                              label: t("inbox.link"),
                              children: (
                                <a href={r.url} target="_blank" rel="noopener noreferrer">
                                  {r.url}
                                </a>
                              ),
                            },
                          ]
                        : []),
                    ]}
                  />
                  <p className="push__meta">
                    <span>{t("inbox.pushedAt", { at: dateTime(push.pushedAt) })}</span>
                    {push.readAt && !push.uptakeAt && (
                      <span>{t("inbox.readAt", { at: dateTime(push.readAt) })}</span>
                    )}
                    {push.uptakeAt && (
                      <span className="push__uptake" data-uptake-at={push.uptakeAt}>
                        {t("inbox.uptakeAt", { at: dateTime(push.uptakeAt) })}
                      </span>
                    )}
                  </p>
                  {push.uptakeNote && (
                    <p className="push__note">
                      {t("inbox.uptakeNote")}
                      {t("app.colon")}
                      {push.uptakeNote}
                    </p>
                  )}
                  {own && <PushActions push={push} term={term} />}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </ProfileSection>
  );
}

import { useMutation } from "@apollo/client";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useId, useState, type FormEvent } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
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
  const noteId = useId();
  const hintId = useId();
  const [joining, setJoining] = useState(false);
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [joined, setJoined] = useState(false);
  const [markRead, markReadState] = useMutation(MARK_PUSH_READ, { errorPolicy: "all" });
  const [recordUptake, uptakeState] = useMutation(RECORD_UPTAKE, { errorPolicy: "all" });
  const busy = markReadState.loading || uptakeState.loading;

  const onMarkRead = async () => {
    setFailure(await attempt(() => markRead({ variables: { pushId: push.id } }), "markPushRead"));
  };
  const onJoin = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = note.trim();
    const refused = await attempt(
      () =>
        recordUptake({ variables: { input: { pushId: push.id, note: trimmed || null }, term } }),
      "recordUptake",
    );
    setFailure(refused);
    if (!refused) {
      setJoining(false);
      setJoined(true);
    }
  };

  return (
    <div className="push__actions" data-push-actions={push.id}>
      {!push.uptakeAt && !joining && (
        <div className="push__buttons">
          {!push.readAt && (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy}
              onClick={() => void onMarkRead()}
              data-action="mark-read"
            >
              {t("inbox.markRead")}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => setJoining(true)}
            data-action="join"
          >
            {t("inbox.join")}
          </button>
        </div>
      )}
      {!push.uptakeAt && joining && (
        <form className="push__join" onSubmit={(e) => void onJoin(e)} data-action="uptake">
          <label htmlFor={noteId} className="action__label">
            {t("inbox.joinNote")}
          </label>
          <textarea
            id={noteId}
            className="textarea"
            rows={2}
            maxLength={2000}
            value={note}
            aria-describedby={hintId}
            onChange={(e) => setNote(e.target.value)}
          />
          <p id={hintId} className="action__hint">
            {t("inbox.joinNoteHint")}
          </p>
          <div className="push__buttons">
            <button type="submit" className="button button--small" disabled={busy}>
              {t("inbox.joinConfirm")}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={busy}
              onClick={() => setJoining(false)}
            >
              {t("inbox.joinCancel")}
            </button>
          </div>
        </form>
      )}
      <ActionError failure={failure} />
      {joined && (
        <p className="action-done" role="status">
          {t("inbox.joined")}
        </p>
      )}
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
        <span
          className={`badge${unreadInboxCount > 0 ? " badge--unread" : ""}`}
          data-unread-count={unreadInboxCount}
        >
          {unreadInboxCount > 0
            ? t("inbox.unreadCount", { count: unreadInboxCount })
            : t("inbox.allRead")}
        </span>
      )}
    </>
  );
  return (
    <ProfileSection id="inbox" title={title} problem={inboxProblem(person, errors)}>
      {inbox && inbox.totalCount === 0 && <p className="empty">{t("inbox.none")}</p>}
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
                    <span className="tag">{label("ResourceKind", r.kind)}</span>
                    <span className={`status ${unread ? "status--unread" : "status--read"}`}>
                      {t(unread ? "inbox.unread" : "inbox.read")}
                    </span>
                  </div>
                  <dl className="push__facts">
                    <div>
                      <dt>{t("inbox.reason")}</dt>
                      <dd>{push.reason}</dd>
                    </div>
                    <div>
                      <dt>{t("inbox.provider")}</dt>
                      <dd>{r.provider}</dd>
                    </div>
                    {r.location && (
                      <div>
                        <dt>{t("inbox.location")}</dt>
                        <dd>{r.location}</dd>
                      </div>
                    )}
                    {r.url && (
                      <div>
                        <dt>{t("inbox.link")}</dt>
                        <dd>
                          <a href={r.url} target="_blank" rel="noopener noreferrer">
                            {r.url}
                          </a>
                        </dd>
                      </div>
                    )}
                  </dl>
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

import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Descriptions, Input, Space, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { StatusTag } from "../ui/tags";
import { REFLECTION_STATUS, reflectionTone } from "./habitLabels";
import "../climb/climb.css";

export const PRACTICE_VISIT_PAGE = graphql(`
  query PracticeVisitPage($id: ID!) {
    practiceVisit(id: $id) {
      id
      title
      hostName
      hostPartner {
        id
        name
      }
      guidingProblem
      places
      startsAt
      endsAt
      capacity
      taken
      canReview
      organiser {
        id
        name
      }
      mySignUp {
        id
        reflection
        reflectionStatus
        reviewComment
      }
    }
  }
`);

export const PRACTICE_VISIT_SIGN_UPS = graphql(`
  query PracticeVisitSignUps($id: ID!) {
    practiceVisit(id: $id) {
      id
      signUps {
        id
        reflection
        reflectionStatus
        reviewComment
        person {
          id
          name
        }
      }
    }
  }
`);

const SIGN_UP = graphql(`
  mutation SignUpForPracticeVisitFromPage($input: PracticeVisitIdInput!) {
    signUpForPracticeVisit(input: $input) {
      id
    }
  }
`);

const CANCEL_SIGN_UP = graphql(`
  mutation CancelPracticeVisitSignUpFromPage($input: PracticeVisitIdInput!) {
    cancelPracticeVisitSignUp(input: $input) {
      id
      taken
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitPracticeReflectionFromPage($input: SubmitPracticeReflectionInput!) {
    submitPracticeReflection(input: $input) {
      id
      reflectionStatus
    }
  }
`);

const REVIEW = graphql(`
  mutation ReviewPracticeReflectionFromPage($input: ReviewPracticeReflectionInput!) {
    reviewPracticeReflection(input: $input) {
      id
      reflectionStatus
      reviewComment
    }
  }
`);

/** A reflection status: NOT_SUBMITTED, SUBMITTED, ACCEPTED or RETURNED (a newer one shows plainly). */
type Status = string;

function StatusOf({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <StatusTag tone={reflectionTone(status)} data-reflection-status={status}>
      {t(REFLECTION_STATUS[status] ?? "habits.reflection.NOT_SUBMITTED")}
    </StatusTag>
  );
}

/** The organiser's review of one submitted reflection: accept, or return with a comment. */
function ReviewForm({ signUpId, onDone }: { signUpId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [review, reviewing] = useMutation(REVIEW);
  const [comment, setComment] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const send = (verdict: "ACCEPT" | "RETURN") =>
    void attempt(
      () =>
        review({
          variables: { input: { signUpId, verdict, comment: comment || null } },
          errorPolicy: "all",
        }),
      "reviewPracticeReflection",
    ).then((refused) => {
      setFailure(refused);
      if (!refused) onDone();
    });
  return (
    <div className="climb-form">
      <label>
        {t("habits.review.comment")}
        <Input.TextArea
          value={comment}
          maxLength={1000}
          autoSize={{ minRows: 1 }}
          onChange={(e) => setComment(e.target.value)}
        />
      </label>
      <Space wrap>
        <Button type="primary" loading={reviewing.loading} onClick={() => send("ACCEPT")}>
          {t("habits.review.accept")}
        </Button>
        <Button loading={reviewing.loading} onClick={() => send("RETURN")}>
          {t("habits.review.return")}
        </Button>
      </Space>
      <ActionError failure={failure} fields={{ "input.comment": "habits.review.comment" }} />
    </div>
  );
}

/** A practice visit (实践见习): sign up, write the reflection after it, and the organiser's reviews. */
export function PracticeVisitPage({ id }: { id: string }) {
  const { t, dateTimeRange } = useI18n();
  const page = useQuery(PRACTICE_VISIT_PAGE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const visit = page.data?.practiceVisit;
  useDocumentTitle(visit?.title ?? t("habits.visits.title"));
  const signUps = useQuery(PRACTICE_VISIT_SIGN_UPS, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
    skip: !visit?.canReview,
  });
  const [signUp, signingUp] = useMutation(SIGN_UP);
  const [submit, submitting] = useMutation(SUBMIT);
  const [cancel, cancelling] = useMutation(CANCEL_SIGN_UP);
  const [reflection, setReflection] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  if (page.loading && !visit) return <Loading />;
  if (!visit) return <LoadError text={t("habits.visit.failed")} retry={() => page.refetch()} />;
  const mine = visit.mySignUp;
  const started = new Date(visit.startsAt).getTime() <= Date.now();
  const writable =
    mine && (mine.reflectionStatus === "NOT_SUBMITTED" || mine.reflectionStatus === "RETURNED");
  const refresh = () => void page.refetch();
  /** Runs the action, shows its refusal, and reloads the page when it went through. */
  const act = <T,>(mutate: Parameters<typeof attempt<T>>[0], field: keyof T) =>
    void attempt(mutate, field).then((refused) => {
      setFailure(refused);
      if (!refused) refresh();
    });
  return (
    <div className="climb-page" data-page="practice-visit">
      <Link to={paths.habits()}>{t("habits.back")}</Link>
      <PageHeading>{visit.title}</PageHeading>
      <Card size="small">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t("habits.visit.host")}>
            {visit.hostPartner?.name ?? visit.hostName}
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.visit.problem")}>
            <span className="climb-page__text">{visit.guidingProblem}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.visit.placesVisited")}>
            {visit.places}
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.visit.when")}>
            {dateTimeRange(visit.startsAt, visit.endsAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.visit.capacity")}>
            {t("habits.visit.places", { taken: visit.taken, capacity: visit.capacity })}
          </Descriptions.Item>
          <Descriptions.Item label={t("habits.field.organiser")}>
            {visit.organiser.name ?? visit.organiser.id}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("habits.visit.mine")}</h2>}
        data-card="mine"
      >
        {!mine ? (
          started ? (
            <EmptyText>{t("habits.visit.closed")}</EmptyText>
          ) : (
            <Button
              type="primary"
              loading={signingUp.loading}
              onClick={() =>
                act(
                  () => signUp({ variables: { input: { visitId: id } }, errorPolicy: "all" }),
                  "signUpForPracticeVisit",
                )
              }
            >
              {t("habits.visit.signUp")}
            </Button>
          )
        ) : (
          <div>
            <p>
              {t("habits.visit.signedUp")} <StatusOf status={mine.reflectionStatus} />
            </p>
            {mine.reflection && <p className="climb-page__text">{mine.reflection}</p>}
            {mine.reviewComment && (
              <Typography.Paragraph type="secondary">
                {t("habits.review.commentWas", { comment: mine.reviewComment })}
              </Typography.Paragraph>
            )}
            {writable && started && (
              <form
                className="climb-form"
                aria-label={t("habits.reflection.form")}
                onSubmit={(e) => {
                  e.preventDefault();
                  act(
                    () =>
                      submit({
                        variables: { input: { signUpId: mine.id, reflection } },
                        errorPolicy: "all",
                      }),
                    "submitPracticeReflection",
                  );
                }}
              >
                <label>
                  {t("habits.reflection.text")}
                  <Input.TextArea
                    value={reflection}
                    maxLength={8000}
                    autoSize={{ minRows: 4 }}
                    onChange={(e) => setReflection(e.target.value)}
                  />
                </label>
                <Button type="primary" htmlType="submit" loading={submitting.loading}>
                  {t("habits.reflection.submit")}
                </Button>
              </form>
            )}
            {writable && !started && (
              <Space direction="vertical">
                <Typography.Text type="secondary">{t("habits.reflection.after")}</Typography.Text>
                <Button
                  danger
                  loading={cancelling.loading}
                  onClick={() =>
                    act(
                      () => cancel({ variables: { input: { visitId: id } }, errorPolicy: "all" }),
                      "cancelPracticeVisitSignUp",
                    )
                  }
                >
                  {t("habits.visit.cancelSignUp")}
                </Button>
              </Space>
            )}
          </div>
        )}
        <ActionError failure={failure} fields={{ "input.reflection": "habits.reflection.text" }} />
      </Card>
      {visit.canReview && (
        <Card
          size="small"
          title={<h2 className="climb-page__title">{t("habits.review.title")}</h2>}
          data-card="reviews"
        >
          {signUps.data?.practiceVisit.signUps?.length ? (
            <ul className="climb-page__list">
              {signUps.data.practiceVisit.signUps.map((s) => (
                <li key={s.id} data-sign-up={s.person.id}>
                  <strong>{s.person.name ?? s.person.id}</strong>{" "}
                  <StatusOf status={s.reflectionStatus} />
                  {s.reflection && <p className="climb-page__text">{s.reflection}</p>}
                  {s.reflectionStatus === "SUBMITTED" && (
                    <ReviewForm signUpId={s.id} onDone={() => void signUps.refetch()} />
                  )}
                </li>
              ))}
            </ul>
          ) : signUps.loading ? (
            <Loading />
          ) : (
            <EmptyText>{t("habits.review.none")}</EmptyText>
          )}
        </Card>
      )}
    </div>
  );
}

import { useQuery } from "@apollo/client";
import { Card, Typography } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import "./climb.css";

export const REVIEW_QUEUE = graphql(`
  query MilestoneReviewQueue($after: String) {
    milestoneReviewQueue(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          dueOn
          submittedAt
          project {
            id
            title
          }
        }
      }
    }
  }
`);

/** 待评审: the mentor's queue of milestones with work awaiting their review, oldest first. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  useDocumentTitle(t("climb.reviews.title"));
  const queue = useQuery(REVIEW_QUEUE, { errorPolicy: "all", fetchPolicy: "cache-and-network" });
  const data = queue.data?.milestoneReviewQueue;
  let body;
  if (queue.loading && !data) body = <Loading />;
  else if (!data)
    body = <LoadError text={t("climb.reviews.failed")} retry={() => queue.refetch()} />;
  else if (!data.edges.length) body = <EmptyText>{t("climb.reviews.empty")}</EmptyText>;
  else
    body = (
      <ul className="climb-page__list">
        {data.edges.map(({ node }) => (
          <li key={node.id} data-milestone={node.id}>
            <Link to={paths.climbProject(node.project.id)}>
              <strong>{node.project.title}</strong>
            </Link>
            <div>
              {node.title}{" "}
              <Typography.Text type="secondary">
                {t("climb.milestone.due", { date: node.dueOn })}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ul>
    );
  return (
    <div className="climb-page" data-page="climb-reviews">
      <PageHeading>{t("climb.reviews.title")}</PageHeading>
      <Card size="small">
        {body}
        {data && (
          <LoadMore
            connection={data}
            loading={queue.loading}
            onLoad={(after) => void queue.fetchMore({ variables: { after } })}
          />
        )}
      </Card>
    </div>
  );
}

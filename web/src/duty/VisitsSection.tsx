import { useQuery } from "@apollo/client";
import { Tag } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { ProfileSection } from "../profile/ProfileSection";
import { EmptyText } from "../ui/feedback";
import "./duty.css";

export const STUDENT_VISITS = graphql(`
  query StudentVisitsSection($id: ID!) {
    person(id: $id) {
      id
      visits(first: 20) {
        totalCount
        edges {
          node {
            id
            kind
            visitedOn
            notes
            by {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * 走访与谈心谈话: the visits and talks about a student, latest first, for those holding CARE for
 * them (the server refuses anyone else, and the section is then left out).
 */
export function VisitsSection({ personId }: { personId: string }) {
  const { t, label } = useI18n();
  const { data } = useQuery(STUDENT_VISITS, { variables: { id: personId }, errorPolicy: "all" });
  const visits = data?.person?.visits;
  if (!visits) return null;
  return (
    <ProfileSection id="visits" title={t("duty.profile.title")} problem={null}>
      {visits.edges.length === 0 ? (
        <EmptyText>{t("duty.visits.none")}</EmptyText>
      ) : (
        <ul className="duty-page__list">
          {visits.edges.map(({ node }) => (
            <li key={node.id} data-visit={node.id}>
              <div>
                <Tag>{label("VisitKind", node.kind)}</Tag> {node.visitedOn} · {node.by.name}
              </div>
              <p className="duty-page__notes">{node.notes ?? t("duty.visits.notesHidden")}</p>
            </li>
          ))}
        </ul>
      )}
    </ProfileSection>
  );
}

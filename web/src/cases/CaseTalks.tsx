import { useQuery } from "@apollo/client";
import { graphql } from "../generated";
import { TalkRecords } from "../warnings/WarningCasework";

const CASE_TALKS = graphql(`
  query CaseTalks($id: ID!) {
    assistanceCase(id: $id) {
      id
      talks {
        id
        talkedAt
        summary
        by {
          id
          name
        }
      }
    }
  }
`);

/** 谈心谈话记录 of a case, in its own section: read with the case's own access rules. */
export function CaseTalks({ caseId, canRecord }: { caseId: string; canRecord: boolean }) {
  const { data, refetch } = useQuery(CASE_TALKS, {
    variables: { id: caseId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const talks = data?.assistanceCase?.talks;
  if (!talks) return null;
  return (
    <section className="panel case-talks" data-section="talks">
      <TalkRecords talks={talks} caseId={caseId} canRecord={canRecord} refetch={refetch} />
    </section>
  );
}

import { useQuery } from "@apollo/client";
import { Card, Select, Typography } from "antd";
import { useSearchParams } from "react-router";
import { graphql } from "../generated";
import { useSession } from "../auth/useSession";
import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";
import { Counter } from "../ui/layout";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { STAGE_LABEL } from "./partyLabels";

/** The branches the signed-in secretary runs today, from their own staff assignments. */
export const MY_BRANCHES = graphql(`
  query PartyMyBranches($id: ID!) {
    person(id: $id) {
      id
      staffAssignments {
        id
        role
        targetKind
        targetId
        startsOn
        endsOn
      }
    }
  }
`);

export const PARTY_BOARD = graphql(`
  query PartyPipelineBoardPage($branchId: ID!) {
    orgUnit(id: $branchId) {
      id
      name
    }
    partyPipelineBoard(branchId: $branchId) {
      stages {
        stage
        count
      }
      overdueThoughtReports {
        id
        thoughtReportDueOn
        person {
          id
          name
          number
        }
      }
      probationsEnding {
        id
        probationEndsOn
        person {
          id
          name
          number
        }
      }
      activistsReachingYear {
        id
        activistSince
        person {
          id
          name
          number
        }
      }
    }
  }
`);

type Row = { id: string; person: { id: string; name: string; number: string } };

function DueList({
  id,
  title,
  rows,
  date,
}: {
  id: string;
  title: string;
  rows: Row[];
  date: (row: Row) => string;
}) {
  const { t } = useI18n();
  return (
    <Card size="small" title={<h2 className="party-board__title">{title}</h2>} data-list={id}>
      {rows.length === 0 ? (
        <EmptyText>{t("party.board.none")}</EmptyText>
      ) : (
        <ul className="party-board__list">
          {rows.map((row) => (
            <li key={row.id} data-person={row.person.id}>
              <Link to={paths.person(row.person.id)}>{row.person.name}</Link>{" "}
              <Typography.Text type="secondary">
                {row.person.number} · {date(row)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** 发展党员工作台: a branch's students per stage, and who is due next. */
export function PartyBoardPage() {
  const { t } = useI18n();
  useDocumentTitle(t("party.board.title"));
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const personId = session?.user.personId ?? "";
  const mine = useQuery(MY_BRANCHES, { variables: { id: personId }, skip: !personId });
  const today = new Date().toISOString().slice(0, 10);
  const branches = (mine.data?.person?.staffAssignments ?? [])
    .filter(
      (a) =>
        a.role === "BRANCH_SECRETARY" && a.startsOn <= today && (!a.endsOn || a.endsOn >= today),
    )
    .map((a) => a.targetId);
  const branchId = params.get("branch") ?? branches[0] ?? "";
  const board = useQuery(PARTY_BOARD, {
    variables: { branchId },
    skip: !branchId,
    errorPolicy: "all",
  });

  const forbidden = board.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");
  let body;
  if (!branchId)
    body = mine.loading ? <Loading /> : <EmptyText>{t("party.board.noBranch")}</EmptyText>;
  else if (board.loading && !board.data) body = <Loading />;
  else if (forbidden) body = <LoadError text={t("party.board.forbidden")} />;
  else if (!board.data?.partyPipelineBoard)
    body = <LoadError text={t("party.board.failed")} retry={() => board.refetch()} />;
  else {
    const b = board.data.partyPipelineBoard;
    body = (
      <>
        <ul className="counters party-board__stages" aria-label={t("party.board.stages")}>
          {b.stages.map((s) => (
            <Counter
              key={s.stage}
              name={s.stage}
              attribute="data-count"
              value={s.count}
              label={t(STAGE_LABEL[s.stage])}
            />
          ))}
        </ul>
        <div className="party-board__due">
          <DueList
            id="overdue"
            title={t("party.board.overdue")}
            rows={b.overdueThoughtReports}
            date={(r) =>
              t("party.board.dueOn", {
                date: (r as (typeof b.overdueThoughtReports)[number]).thoughtReportDueOn ?? "",
              })
            }
          />
          <DueList
            id="probations"
            title={t("party.board.probations")}
            rows={b.probationsEnding}
            date={(r) =>
              t("party.board.endsOn", {
                date: (r as (typeof b.probationsEnding)[number]).probationEndsOn ?? "",
              })
            }
          />
          <DueList
            id="activists"
            title={t("party.board.activists")}
            rows={b.activistsReachingYear}
            date={(r) =>
              t("party.board.since", {
                date: (r as (typeof b.activistsReachingYear)[number]).activistSince ?? "",
              })
            }
          />
        </div>
      </>
    );
  }
  return (
    <div className="party-board">
      <PageHeading>{t("party.board.title")}</PageHeading>
      {board.data?.orgUnit && <p className="party-board__branch">{board.data.orgUnit.name}</p>}
      {branches.length > 1 && (
        <Select
          aria-label={t("party.board.branch")}
          value={branchId}
          onChange={(id) => setParams({ branch: id })}
          options={branches.map((id) => ({ value: id, label: id }))}
        />
      )}
      {body}
    </div>
  );
}

import { useMutation, useQuery } from "@apollo/client";
import { Button, Form, Select } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { CoverageReportPageQuery } from "../generated/graphql";
import { ActionError, attempt } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { EmptyText, LoadError, Loading } from "../ui/feedback";

export const COVERAGE_REPORT = graphql(`
  query CoverageReportPage {
    gridCoverage {
      id
      gridCount
      gridsWithoutBranch {
        id
        name
      }
      gridsWithoutLeader {
        id
        name
      }
      gridsWithLeaderAssignmentEnded {
        id
        name
      }
      gridsWithLeaderMovedOut {
        id
        name
        leader {
          id
          name
        }
      }
      roomsInNoGrid {
        totalCount
        rooms {
          id
          number
          building {
            id
            name
          }
        }
      }
      branches {
        branch {
          id
          name
          secretary {
            id
            name
          }
        }
        gridCount
        residentCount
        grids {
          id
          name
          leader {
            id
            name
          }
        }
      }
    }
  }
`);

export const ASSIGN_GRID_BRANCH = graphql(`
  mutation CoverageAssignGridBranch($grid: ID!, $branch: ID!) {
    assignGridBranch(gridId: $grid, branchId: $branch) {
      id
      branch {
        id
        name
      }
    }
  }
`);

type Coverage = CoverageReportPageQuery["gridCoverage"];

/**
 * 网格覆盖 (`/coverage`): the report an administrator runs every term, and the form that gives a
 * grid its responsible branch. The server decides who may run either; a refusal is shown in words.
 */
export function CoveragePage() {
  const { t } = useI18n();
  useDocumentTitle(t("coverage.title"));
  const report = useQuery(COVERAGE_REPORT, { fetchPolicy: "cache-and-network" });
  const coverage = report.data?.gridCoverage;
  let body;
  if (!coverage) {
    if (report.loading) body = <Loading />;
    else {
      const forbidden =
        report.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
      body = (
        <LoadError
          text={forbidden ? t("coverage.forbidden") : t("coverage.loadFailed")}
          retry={forbidden ? undefined : () => report.refetch()}
        />
      );
    }
  } else {
    body = (
      <>
        <p className="coverage-summary" data-figure="grids">
          {t("coverage.summary", {
            grids: coverage.gridCount,
            branches: coverage.branches.length,
            rooms: coverage.roomsInNoGrid.totalCount,
          })}
        </p>
        <GapList
          kind="without-branch"
          title="coverage.withoutBranch"
          grids={coverage.gridsWithoutBranch}
        />
        <GapList
          kind="without-leader"
          title="coverage.withoutLeader"
          grids={coverage.gridsWithoutLeader}
        />
        <GapList
          kind="leader-ended"
          title="coverage.leaderEnded"
          grids={coverage.gridsWithLeaderAssignmentEnded}
        />
        <GapList
          kind="leader-moved-out"
          title="coverage.leaderMovedOut"
          grids={coverage.gridsWithLeaderMovedOut.map((g) => ({
            id: g.id,
            name: g.leader ? `${g.name}（${g.leader.name}）` : g.name,
          }))}
        />
        <UngriddedRooms coverage={coverage} />
        <Branches coverage={coverage} />
        <AssignForm coverage={coverage} onAssigned={() => void report.refetch()} />
      </>
    );
  }
  return (
    <div className="coverage-page" data-page="coverage">
      <PageHeading>{t("coverage.title")}</PageHeading>
      {body}
    </div>
  );
}

function GapList({
  kind,
  title,
  grids,
}: {
  kind: string;
  title: MessageKey;
  grids: readonly { id: string; name: string }[];
}) {
  const { t } = useI18n();
  return (
    <section className="coverage-section" data-gap={kind}>
      <h2>{t(title, { count: grids.length })}</h2>
      {grids.length ? (
        <ul className="coverage-list">
          {grids.map((g) => (
            <li key={g.id} data-grid={g.id}>
              {g.name}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyText>{t("coverage.none")}</EmptyText>
      )}
    </section>
  );
}

function UngriddedRooms({ coverage }: { coverage: Coverage }) {
  const { t } = useI18n();
  const { rooms, totalCount } = coverage.roomsInNoGrid;
  return (
    <section className="coverage-section" data-gap="rooms">
      <h2>{t("coverage.roomsInNoGrid", { count: totalCount })}</h2>
      {rooms.length ? (
        <ul className="coverage-list">
          {rooms.map((r) => (
            <li key={r.id} data-room={r.id}>
              {t("coverage.room", { building: r.building.name, number: r.number })}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyText>{t("coverage.none")}</EmptyText>
      )}
      {totalCount > rooms.length && (
        <p className="empty">{t("coverage.roomsMore", { shown: rooms.length })}</p>
      )}
    </section>
  );
}

function Branches({ coverage }: { coverage: Coverage }) {
  const { t } = useI18n();
  return (
    <section className="coverage-section" data-part="branches">
      <h2>{t("coverage.branches")}</h2>
      <ul className="coverage-branches">
        {coverage.branches.map((row) => (
          <li key={row.branch.id} data-branch={row.branch.id} className="coverage-branch">
            <h3>{row.branch.name}</h3>
            <p>
              {t("coverage.branchFigures", {
                grids: row.gridCount,
                residents: row.residentCount,
                secretary: row.branch.secretary?.name ?? t("coverage.noSecretary"),
              })}
            </p>
            {row.grids.length > 0 && (
              <ul className="coverage-list">
                {row.grids.map((g) => (
                  <li key={g.id} data-grid={g.id}>
                    {t("coverage.gridWithLeader", {
                      grid: g.name,
                      leader: g.leader?.name ?? t("coverage.noLeader"),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface AssignValues {
  gridId?: string;
  branchId?: string;
}

/** 指定包干支部: give a grid its responsible branch, or hand it to another (the history is kept). */
function AssignForm({ coverage, onAssigned }: { coverage: Coverage; onAssigned: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AssignValues>();
  const [failure, report] = useFormRefusal(form);
  const [assign, { loading }] = useMutation(ASSIGN_GRID_BRANCH, { errorPolicy: "all" });
  const [done, setDone] = useState<string | null>(null);
  const grids = [
    ...coverage.gridsWithoutBranch.map((g) => ({ value: g.id, label: g.name })),
    ...coverage.branches.flatMap((row) =>
      row.grids.map((g) => ({ value: g.id, label: `${g.name} · ${row.branch.name}` })),
    ),
  ];
  return (
    <section className="coverage-section admin-form" data-form="assign-branch">
      <h2>{t("coverage.assign.title")}</h2>
      <Form<AssignValues>
        form={form}
        layout="vertical"
        onValuesChange={() => setDone(null)}
        onFinish={(v) => {
          void (async () => {
            const failed = await attempt(
              () => assign({ variables: { grid: v.gridId ?? "", branch: v.branchId ?? "" } }),
              "assignGridBranch",
            );
            report(failed);
            if (!failed) {
              const grid = grids.find((g) => g.value === v.gridId)?.label.split(" · ")[0] ?? "";
              const branch =
                coverage.branches.find((row) => row.branch.id === v.branchId)?.branch.name ?? "";
              setDone(t("coverage.assign.done", { grid, branch }));
              form.resetFields();
              onAssigned();
            }
          })();
        }}
      >
        <Form.Item
          name="gridId"
          label={t("coverage.assign.grid")}
          rules={[{ required: true, message: t("coverage.assign.required") }]}
        >
          <Select showSearch={{ optionFilterProp: "label" }} options={grids} />
        </Form.Item>
        <Form.Item
          name="branchId"
          label={t("coverage.assign.branch")}
          rules={[{ required: true, message: t("coverage.assign.required") }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={coverage.branches.map((row) => ({
              value: row.branch.id,
              label: row.branch.name,
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t("coverage.assign.submit")}
        </Button>
        {done && (
          <p className="admin-done" role="status">
            {done}
          </p>
        )}
        <ActionError
          failure={failure}
          fields={{ gridId: "coverage.assign.grid", branchId: "coverage.assign.branch" }}
        />
      </Form>
    </section>
  );
}

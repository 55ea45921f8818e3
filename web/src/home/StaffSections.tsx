/**
 * The cards of a member of staff's home, one per duty: each asks the API for its own piece (the
 * server scopes every answer to the caller) and says in its own words when the server refuses.
 */
import { useQuery } from "@apollo/client";
import { Tag } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { ProfileSection } from "../profile/ProfileSection";
import { Link, paths } from "../router";
import { EmptyText } from "../ui/feedback";
import { Counter } from "../ui/layout";
import { StatusTag, caseStatusTone } from "../ui/tags";
import { CardState, MoreLink, NoDuty, PeopleList, WarningList } from "./HomeParts";
import { BuildingCard } from "./BuildingPage";

export const HOME_QUEUE = graphql(`
  query HomeQueue {
    warningQueueSummary {
      open
      assignedToMe
      overdue
      dueToday
    }
  }
`);

/** 预警工作台 at a glance: the queue's counts, each opening the queue. */
export function QueueCard() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_QUEUE, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const summary = data?.warningQueueSummary;
  const view = (v: string) => paths.warnings(new URLSearchParams({ view: v }));
  return (
    <ProfileSection id="home-queue" title={t("home.queue.title")} problem={null}>
      <CardState
        loading={loading}
        error={error}
        hasData={!!summary}
        forbidden={t("home.queue.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {summary && (
        <ul className="counters">
          <Counter
            name="open"
            value={summary.open}
            label={t("home.queue.open")}
            href={paths.warnings()}
          />
          <Counter
            name="assignedToMe"
            value={summary.assignedToMe}
            label={t("home.queue.assignedToMe")}
            href={view("mine")}
          />
          <Counter
            name="overdue"
            value={summary.overdue}
            label={t("home.queue.overdue")}
            href={view("overdue")}
          />
          <Counter name="dueToday" value={summary.dueToday} label={t("home.queue.dueToday")} />
        </ul>
      )}
      <MoreLink to={paths.warnings()}>{t("home.queue.link")}</MoreLink>
    </ProfileSection>
  );
}

export const HOME_STUDENTS = graphql(`
  query HomeStudents {
    people(first: 10, filter: { kind: STUDENT }) {
      totalCount
      edges {
        node {
          id
          name
          number
        }
      }
    }
  }
`);

/** 我的学生: the first students the caller's duties cover (the server decides which), and the full list. */
export function MyStudentsCard() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_STUDENTS, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const people = data?.people;
  return (
    <ProfileSection id="home-students" title={t("home.students.title")} problem={null}>
      <CardState
        loading={loading}
        error={error}
        hasData={!!people}
        forbidden={t("home.students.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {people && (
        <>
          <p className="section-note" data-total={people.totalCount}>
            {t("home.students.count", { count: people.totalCount })}
          </p>
          <PeopleList
            name="students"
            people={people.edges.map(({ node }) => ({ ...node, extra: node.number }))}
            empty={t("home.students.none")}
          />
        </>
      )}
      <MoreLink to={paths.students()}>{t("home.students.all")}</MoreLink>
    </ProfileSection>
  );
}

export const HOME_CLASS = graphql(`
  query HomeClass($id: ID!) {
    studentClass(id: $id) {
      id
      name
      cohort
      school {
        id
        name
      }
      students(first: 100) {
        totalCount
        edges {
          node {
            id
            name
            number
          }
        }
      }
    }
  }
`);

function ClassCard({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_CLASS, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const klass = data?.studentClass;
  return (
    <div className="home-unit" data-class={id}>
      <h3 className="home-unit__title">{klass?.name ?? t("home.class.title")}</h3>
      <CardState
        loading={loading}
        error={error}
        hasData={!!klass}
        forbidden={t("home.class.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {klass && (
        <>
          <p className="section-note">
            {[klass.school?.name, t("home.class.count", { count: klass.students.totalCount })]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <PeopleList
            name="class-students"
            people={klass.students.edges.map(({ node }) => ({ ...node, extra: node.number }))}
            empty={t("home.class.none")}
          />
        </>
      )}
    </div>
  );
}

/** 我的班级: each class the caller advises or counsels, with its students. */
export function ClassesCard({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  return (
    <ProfileSection id="home-classes" title={t("home.classes.title")} problem={null}>
      {ids.length === 0 ? <NoDuty /> : ids.map((id) => <ClassCard key={id} id={id} />)}
    </ProfileSection>
  );
}

export const HOME_GRID = graphql(`
  query HomeGrid($id: ID!) {
    grid(id: $id) {
      id
      name
      residentCount
      building {
        id
        name
      }
      rooms {
        id
        number
        floor
      }
      residents {
        id
        name
      }
      warnings(first: 10, orderBy: DUE_AT) {
        totalCount
        edges {
          node {
            id
            level
            category
            status
            overdue
            person {
              id
              name
            }
          }
        }
      }
    }
  }
`);

function GridCard({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_GRID, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const grid = data?.grid;
  const warnings = grid?.warnings;
  return (
    <div className="home-unit" data-grid={id}>
      <h3 className="home-unit__title">
        {grid ? <Link to={paths.grid(grid.id)}>{grid.name}</Link> : t("home.grid.title")}
      </h3>
      <CardState
        loading={loading}
        error={error}
        hasData={!!grid}
        forbidden={t("home.grid.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {grid && (
        <>
          <p className="section-note">
            {t("home.grid.meta", {
              building: grid.building.name,
              rooms: grid.rooms.length,
              residents: grid.residentCount,
            })}
          </p>
          <h4 className="home-unit__sub">{t("home.grid.openWarnings")}</h4>
          {warnings ? (
            <WarningList warnings={warnings.edges.map((e) => e.node)} total={warnings.totalCount} />
          ) : (
            <EmptyText data-state="forbidden">{t("home.grid.warningsForbidden")}</EmptyText>
          )}
          <h4 className="home-unit__sub">{t("home.grid.residents")}</h4>
          <PeopleList name="residents" people={grid.residents} empty={t("home.grid.noResidents")} />
          <h4 className="home-unit__sub">{t("home.grid.rooms")}</h4>
          <p className="home-rooms" data-rooms={grid.rooms.length}>
            {grid.rooms.map((r) => (
              <Tag key={r.id}>{r.number}</Tag>
            ))}
          </p>
          <MoreLink to={paths.grid(grid.id)}>{t("home.grid.open")}</MoreLink>
        </>
      )}
      {!grid && !loading && !error && <EmptyText>{t("home.grid.notFound")}</EmptyText>}
    </div>
  );
}

/** 我的网格: each grid the caller leads: residents, rooms and the floor's open warnings. */
export function GridsCard({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  return (
    <ProfileSection id="home-grids" title={t("home.grids.title")} problem={null}>
      {ids.length === 0 ? <NoDuty /> : ids.map((id) => <GridCard key={id} id={id} />)}
    </ProfileSection>
  );
}

/** 我的楼栋: each building the caller looks after. */
export function BuildingsCard({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  return (
    <ProfileSection id="home-buildings" title={t("home.buildings.title")} problem={null}>
      {ids.length === 0 ? <NoDuty /> : ids.map((id) => <BuildingCard key={id} id={id} />)}
    </ProfileSection>
  );
}

export const HOME_BRANCH = graphql(`
  query HomeBranch($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      kind
      grids {
        id
        name
        residentCount
        building {
          id
          name
        }
        warningStats {
          open
          overdue
          studentsWithOpenWarnings
        }
      }
    }
  }
`);

function BranchCard({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_BRANCH, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const branch = data?.orgUnit;
  return (
    <div className="home-unit" data-branch={id}>
      <h3 className="home-unit__title">{branch?.name ?? t("home.branch.title")}</h3>
      <CardState
        loading={loading}
        error={error}
        hasData={!!branch}
        forbidden={t("home.branch.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {branch && (
        <>
          <p className="section-note" data-grids={branch.grids.length}>
            {t("home.branch.count", { count: branch.grids.length })}
          </p>
          <ul className="home-list" data-list="branch-grids">
            {branch.grids.map((g) => (
              <li key={g.id} data-grid={g.id}>
                <Link to={paths.grid(g.id)}>{g.name}</Link>
                <span className="home-list__extra">
                  {g.building.name} · {t("home.branch.residents", { count: g.residentCount })}
                  {g.warningStats
                    ? ` · ${t("home.branch.warnings", {
                        open: g.warningStats.open,
                        overdue: g.warningStats.overdue,
                      })}`
                    : ""}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** 我的支部: the branch's grids (1 branch + N grids) and their open warnings. */
export function BranchCardList({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  return (
    <ProfileSection id="home-branch" title={t("home.branches.title")} problem={null}>
      {ids.length === 0 ? <NoDuty /> : ids.map((id) => <BranchCard key={id} id={id} />)}
    </ProfileSection>
  );
}

export const HOME_UNIT = graphql(`
  query HomeUnit($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      kind
    }
  }
`);

function UnitLinks({ id }: { id: string }) {
  const { t, label } = useI18n();
  const { data } = useQuery(HOME_UNIT, { variables: { id }, errorPolicy: "all" });
  const unit = data?.orgUnit;
  return (
    <li data-unit={id}>
      <Link to={paths.unitDashboard(id)}>{unit?.name ?? t("home.units.dashboard")}</Link>
      <span className="home-list__extra">
        {unit && <Tag>{label("OrgUnitKind", unit.kind)}</Tag>}
        <Link to={paths.collegeReport(id)}>{t("home.units.report")}</Link>
      </span>
    </li>
  );
}

/** 我的学院/书院: the dashboard and term report of each unit the caller administers. */
export function UnitsCard({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  return (
    <ProfileSection id="home-units" title={t("home.units.title")} problem={null}>
      {ids.length === 0 ? (
        <NoDuty />
      ) : (
        <ul className="home-list" data-list="units">
          {ids.map((id) => (
            <UnitLinks key={id} id={id} />
          ))}
        </ul>
      )}
      <MoreLink to={paths.dashboards()}>{t("home.units.all")}</MoreLink>
    </ProfileSection>
  );
}

export const HOME_REFERRALS = graphql(`
  query HomeReferrals {
    myReferrals {
      id
      referredAt
      person {
        id
        name
        number
      }
    }
  }
`);

/** 转介给我的学生: the open referrals made to the signed-in psychology teacher (myReferrals). */
export function ReferralsCard() {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_REFERRALS, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const rows = data?.myReferrals;
  return (
    <ProfileSection id="home-referrals" title={t("home.referrals.title")} problem={null}>
      <CardState
        loading={loading}
        error={error}
        hasData={!!rows}
        forbidden={t("home.referrals.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {rows &&
        (rows.length === 0 ? (
          <EmptyText data-state="no-referrals">{t("home.referrals.none")}</EmptyText>
        ) : (
          <ul className="home-list" data-list="referrals">
            {rows.map((r) => (
              <li key={r.id} data-referral={r.id}>
                {r.person ? (
                  <Link to={paths.person(r.person.id)} className="person-link">
                    {r.person.name}
                  </Link>
                ) : (
                  t("app.none")
                )}
                <span className="home-list__extra">
                  {r.person?.number}
                  {r.person && " · "}
                  {t("home.referrals.referredAt", { at: dateTime(r.referredAt) })}
                  <StatusTag tone="active">{t("home.referrals.open")}</StatusTag>
                </span>
              </li>
            ))}
          </ul>
        ))}
    </ProfileSection>
  );
}

export const HOME_CASES = graphql(`
  query HomeCases {
    assistanceCases(first: 20, filter: { mine: true }) {
      totalCount
      edges {
        node {
          id
          status
          kind
          openedAt
          person {
            id
            name
          }
        }
      }
    }
  }
`);

/** 我的个案: the cases the caller serves on or opened. */
export function MyCasesCard() {
  const { t, label, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_CASES, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const cases = data?.assistanceCases;
  return (
    <ProfileSection id="home-cases" title={t("home.cases.title")} problem={null}>
      <CardState
        loading={loading}
        error={error}
        hasData={!!cases}
        forbidden={t("home.cases.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {cases &&
        (cases.edges.length === 0 ? (
          <EmptyText data-state="no-cases">{t("home.cases.none")}</EmptyText>
        ) : (
          <ul className="home-list" data-list="cases" data-total={cases.totalCount}>
            {cases.edges.map(({ node: c }) => (
              <li key={c.id} data-case={c.id}>
                <Link to={paths.assistanceCase(c.id)}>
                  {c.person?.name ?? t("app.none")} · {label("CaseKind", c.kind)}
                </Link>
                <span className="home-list__extra">
                  {c.status && (
                    <StatusTag tone={caseStatusTone(c.status)}>
                      {label("AssistanceCaseStatus", c.status)}
                    </StatusTag>
                  )}
                  {t("home.cases.openedAt", { at: dateTime(c.openedAt) })}
                </span>
              </li>
            ))}
          </ul>
        ))}
      <MoreLink to={paths.cases()}>{t("home.cases.all")}</MoreLink>
    </ProfileSection>
  );
}

export const HOME_ACCESS_LOG = graphql(`
  query HomeAccessLog {
    accessRecords(first: 20) {
      totalCount
      edges {
        node {
          id
          readerName
          field
          purpose
          client
          readAt
          subject {
            id
            name
          }
        }
      }
    }
  }
`);

/** 访问日志: the latest reads of personal data, newest first (auditors and administrators). */
export function AccessLogCard() {
  const { t, dateTime } = useI18n();
  const { data, loading, error, refetch } = useQuery(HOME_ACCESS_LOG, {
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const records = data?.accessRecords;
  return (
    <ProfileSection id="home-access-log" title={t("home.accessLog.title")} problem={null}>
      <CardState
        loading={loading}
        error={error}
        hasData={!!records}
        forbidden={t("home.accessLog.forbidden")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {records &&
        (records.edges.length === 0 ? (
          <EmptyText>{t("home.accessLog.none")}</EmptyText>
        ) : (
          <>
            <p className="section-note" data-total={records.totalCount}>
              {t("home.accessLog.count", { count: records.totalCount })}
            </p>
            <ul className="home-list" data-list="access-records">
              {records.edges.map(({ node: r }) => (
                <li key={r.id} data-record={r.id}>
                  <span>
                    {t("home.accessLog.row", {
                      reader: r.readerName,
                      subject: r.subject.name,
                      field: r.field,
                    })}
                  </span>
                  <span className="home-list__extra">
                    {r.purpose} · {r.client} · {dateTime(r.readAt)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ))}
    </ProfileSection>
  );
}

/** The administrator's overview: where each part of the platform is looked after. */
export function AdminCard() {
  const { t } = useI18n();
  const links = [
    { to: paths.students(), text: t("home.admin.students"), key: "students" },
    { to: paths.warnings(), text: t("home.admin.warnings"), key: "warnings" },
    { to: paths.cases(), text: t("home.admin.cases"), key: "cases" },
    { to: paths.rules(), text: t("home.admin.rules"), key: "rules" },
    { to: paths.dashboards(), text: t("home.admin.dashboards"), key: "dashboards" },
  ];
  return (
    <ProfileSection id="home-admin" title={t("home.admin.title")} problem={null}>
      <ul className="home-list" data-list="admin-links">
        {links.map((l) => (
          <li key={l.key} data-link={l.key}>
            <Link to={l.to}>{l.text}</Link>
          </li>
        ))}
        <li data-link="graphiql">
          <a href="/graphiql">{t("home.developer.graphiql")}</a>
        </li>
      </ul>
    </ProfileSection>
  );
}

/** The developer's home: the API, tried in GraphiQL, documented in its schema. */
export function DeveloperCard() {
  const { t } = useI18n();
  return (
    <ProfileSection id="home-developer" title={t("home.developer.title")} problem={null}>
      <p>{t("home.developer.body")}</p>
      <ul className="home-list" data-list="developer-links">
        <li data-link="graphiql">
          <a href="/graphiql">{t("home.developer.graphiql")}</a>
        </li>
        <li data-link="docs">
          <a href="/graphiql">{t("home.developer.docs")}</a>
          <span className="home-list__extra">{t("home.developer.docsNote")}</span>
        </li>
      </ul>
    </ProfileSection>
  );
}

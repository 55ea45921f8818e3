import { useMutation, useQuery } from "@apollo/client";
import { Button, Card, Input, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type {
  PlacementGrade,
  PlacementKind,
  PlacementPhase,
  PlacementStatus,
} from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { EmptyText, LoadError, LoadMore, Loading } from "../ui/feedback";
import { StatusTag, type Tone } from "../ui/tags";
import { StaffPicker, type PickedPerson } from "../pickers/StaffPicker";
import "../climb/climb.css";

const PLACEMENT_FIELDS = graphql(`
  fragment PlacementRow on Placement {
    id
    status
    phase
    kind
    topic
    teamName
    startsOn
    endsOn
    recommendation
    grade
    evaluation
    student {
      id
      name
    }
    supervisor {
      id
      name
    }
    partner {
      id
      name
    }
    canRecommend
    canDecide
    canEvaluate
    canWithdraw
  }
`);
void PLACEMENT_FIELDS;

export const PLACEMENTS = graphql(`
  query OrganiserPlacements($status: PlacementStatus, $phase: PlacementPhase, $after: String) {
    placements(first: 20, status: $status, phase: $phase, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PlacementRow
        }
      }
    }
  }
`);

export const SUPERVISED = graphql(`
  query SupervisedPlacements($status: PlacementStatus, $phase: PlacementPhase, $after: String) {
    supervisedPlacements(first: 20, status: $status, phase: $phase, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PlacementRow
        }
      }
    }
  }
`);

export const MY_PLACEMENTS = graphql(`
  query MyPlacements($id: ID!) {
    person(id: $id) {
      id
      placements {
        ...PlacementRow
      }
    }
    partnerOrganisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposePlacementFromPage($input: ProposePlacementInput!) {
    proposePlacement(input: $input) {
      ...PlacementRow
    }
  }
`);
const RECOMMEND = graphql(`
  mutation RecommendPlacementFromPage($input: RecommendPlacementInput!) {
    recommendPlacement(input: $input) {
      ...PlacementRow
    }
  }
`);
const ACCEPT = graphql(`
  mutation AcceptPlacementFromPage($input: PlacementDecisionInput!) {
    acceptPlacement(input: $input) {
      ...PlacementRow
    }
  }
`);
const DECLINE = graphql(`
  mutation DeclinePlacementFromPage($input: PlacementDecisionInput!) {
    declinePlacement(input: $input) {
      ...PlacementRow
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawPlacementFromPage($input: PlacementDecisionInput!) {
    withdrawPlacement(input: $input) {
      ...PlacementRow
    }
  }
`);
const EVALUATE = graphql(`
  mutation EvaluatePlacementFromPage($input: EvaluatePlacementInput!) {
    evaluatePlacement(input: $input) {
      ...PlacementRow
    }
  }
`);

const STATUSES: PlacementStatus[] = [
  "PROPOSED",
  "RECOMMENDED",
  "ACCEPTED",
  "EVALUATED",
  "DECLINED",
  "WITHDRAWN",
];
const PHASES: PlacementPhase[] = ["UPCOMING", "ONGOING", "ENDED"];
const GRADES: PlacementGrade[] = ["EXCELLENT", "GOOD", "PASS", "FAIL"];
const TONE: Record<PlacementStatus, Tone> = {
  PROPOSED: "warn",
  RECOMMENDED: "warn",
  ACCEPTED: "active",
  EVALUATED: "done",
  DECLINED: "muted",
  WITHDRAWN: "muted",
};
const FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.kind": "placements.kind",
  "input.partnerId": "placements.partner",
  "input.teamName": "placements.teamName",
  "input.topic": "placements.topic",
  "input.supervisorId": "placements.supervisorId",
  "input.startsOn": "placements.startsOn",
  "input.endsOn": "placements.endsOn",
  "input.studentId": "placements.student",
  "input.recommendation": "placements.recommendation",
  "input.note": "placements.note",
  "input.comment": "placements.comment",
  "input.placementId": "placements.title",
};

interface Row {
  id: string;
  status: PlacementStatus;
  phase: PlacementPhase;
  kind: PlacementKind;
  topic: string;
  teamName?: string | null;
  startsOn: string;
  endsOn: string;
  recommendation?: string | null;
  grade?: PlacementGrade | null;
  evaluation?: string | null;
  student: { id: string; name?: string | null };
  supervisor: { id: string; name?: string | null };
  partner?: { id: string; name: string } | null;
  canRecommend: boolean;
  canDecide: boolean;
  canEvaluate: boolean;
  canWithdraw: boolean;
}

/** The actions the caller may take on one placement in its status, each with its text. */
function Actions({ row, onDone }: { row: Row; onDone: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [grade, setGrade] = useState<PlacementGrade>("GOOD");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [recommend, r1] = useMutation(RECOMMEND);
  const [accept, r2] = useMutation(ACCEPT);
  const [decline, r3] = useMutation(DECLINE);
  const [withdraw, r4] = useMutation(WITHDRAW);
  const [evaluate, r5] = useMutation(EVALUATE);
  const busy = r1.loading || r2.loading || r3.loading || r4.loading || r5.loading;
  const run = (action: () => Promise<unknown>, name: string) =>
    void attempt(action as () => Promise<never>, name).then((refused) => {
      setFailure(refused);
      if (!refused) {
        setText("");
        onDone();
      }
    });
  const placementId = row.id;
  const canRecommend = row.canRecommend && row.status === "PROPOSED";
  const canDecide = row.canDecide && row.status === "RECOMMENDED";
  const canWithdraw =
    row.canWithdraw && (row.status === "PROPOSED" || row.status === "RECOMMENDED");
  const canEvaluate = row.canEvaluate && row.status === "ACCEPTED" && row.phase === "ENDED";
  if (!canRecommend && !canDecide && !canWithdraw && !canEvaluate) return null;
  return (
    <div className="climb-form">
      <label>
        {canEvaluate ? t("placements.comment") : t("placements.note")}
        <Input.TextArea
          value={text}
          maxLength={1000}
          autoSize={{ minRows: 1 }}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {canEvaluate && (
        <label>
          {t("placements.grade")}
          <Select
            value={grade}
            onChange={setGrade}
            options={GRADES.map((g) => ({ value: g, label: t(`placements.grade.${g}`) }))}
          />
        </label>
      )}
      <Space wrap>
        {canRecommend && (
          <Button
            type="primary"
            disabled={busy}
            onClick={() =>
              run(
                () =>
                  recommend({
                    variables: { input: { placementId, recommendation: text } },
                    errorPolicy: "all",
                  }),
                "recommendPlacement",
              )
            }
          >
            {t("placements.recommend")}
          </Button>
        )}
        {canDecide && (
          <Button
            type="primary"
            disabled={busy}
            onClick={() =>
              run(
                () =>
                  accept({
                    variables: { input: { placementId, note: text || null } },
                    errorPolicy: "all",
                  }),
                "acceptPlacement",
              )
            }
          >
            {t("placements.accept")}
          </Button>
        )}
        {canDecide && (
          <Button
            danger
            disabled={busy}
            onClick={() =>
              run(
                () =>
                  decline({
                    variables: { input: { placementId, note: text } },
                    errorPolicy: "all",
                  }),
                "declinePlacement",
              )
            }
          >
            {t("placements.decline")}
          </Button>
        )}
        {canEvaluate && (
          <Button
            type="primary"
            disabled={busy}
            onClick={() =>
              run(
                () =>
                  evaluate({
                    variables: { input: { placementId, grade, comment: text } },
                    errorPolicy: "all",
                  }),
                "evaluatePlacement",
              )
            }
          >
            {t("placements.evaluate")}
          </Button>
        )}
        {canWithdraw && (
          <Button
            disabled={busy}
            onClick={() =>
              run(
                () =>
                  withdraw({
                    variables: { input: { placementId, note: text } },
                    errorPolicy: "all",
                  }),
                "withdrawPlacement",
              )
            }
          >
            {t("placements.withdraw")}
          </Button>
        )}
      </Space>
      <ActionError failure={failure} fields={FIELDS} />
    </div>
  );
}

/** One placement: student, host, period, status and phase, the recommendation and evaluation. */
export function PlacementItem({ row, onDone }: { row: Row; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <li data-placement={row.id} data-status={row.status} data-phase={row.phase}>
      <strong>{row.student.name ?? t("person.unknown")}</strong>{" "}
      <StatusTag tone={TONE[row.status]}>{t(`placements.status.${row.status}`)}</StatusTag>{" "}
      <StatusTag tone="plain">{t(`placements.phase.${row.phase}`)}</StatusTag>
      <div>
        {t(`placements.kind.${row.kind}`)} · {row.partner?.name ?? row.teamName ?? ""} · {row.topic}
      </div>
      <Typography.Text type="secondary">
        {t("placements.period", { from: row.startsOn, to: row.endsOn })} ·{" "}
        {t("placements.supervisedBy", { name: row.supervisor.name ?? t("person.unknown") })}
      </Typography.Text>
      {row.recommendation && (
        <div>
          {t("placements.recommendation")}
          {t("app.colon")}
          {row.recommendation}
        </div>
      )}
      {row.grade && (
        <div data-grade={row.grade}>
          {t(`placements.grade.${row.grade}`)}
          {row.evaluation ? `${t("app.colon")}${row.evaluation}` : ""}
        </div>
      )}
      <Actions row={row} onDone={onDone} />
    </li>
  );
}

const EMPTY_PROPOSAL = {
  kind: "RESEARCH_TEAM" as PlacementKind,
  partnerId: "",
  teamName: "",
  topic: "",
  startsOn: "",
  endsOn: "",
};
/** The student proposes for themselves: a refusal naming the student is the tier-3 rule, explained. */
const { "input.studentId": _student, ...PROPOSE_FIELDS } = FIELDS;

/** A placement proposed by the student for themselves. */
function ProposeForm({
  partners,
  onDone,
}: {
  partners: { id: string; name: string }[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [propose, proposing] = useMutation(PROPOSE);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [form, setForm] = useState(EMPTY_PROPOSAL);
  const [supervisor, setSupervisor] = useState<PickedPerson | null>(null);
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  return (
    <form
      className="climb-form"
      aria-label={t("placements.propose")}
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(
          () =>
            propose({
              variables: {
                input: {
                  kind: form.kind,
                  partnerId: form.partnerId || null,
                  teamName: form.teamName.trim() || null,
                  topic: form.topic,
                  supervisorId: supervisor?.id ?? "",
                  startsOn: form.startsOn,
                  endsOn: form.endsOn,
                },
              },
              errorPolicy: "all",
            }),
          "proposePlacement",
        ).then((refused) => {
          setFailure(refused);
          if (!refused) {
            setForm(EMPTY_PROPOSAL);
            setSupervisor(null);
            onDone();
          }
        });
      }}
    >
      <label>
        {t("placements.kind")}
        <Select
          value={form.kind}
          onChange={(v: PlacementKind) => set("kind")(v)}
          options={(["RESEARCH_TEAM", "INTERNSHIP"] as const).map((k) => ({
            value: k,
            label: t(`placements.kind.${k}`),
          }))}
        />
      </label>
      <label>
        {t("placements.partner")}
        <Select
          allowClear
          value={form.partnerId || undefined}
          onChange={(v?: string) => set("partnerId")(v ?? "")}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
        />
      </label>
      <label>
        {t("placements.teamName")}
        <Input
          value={form.teamName}
          maxLength={200}
          onChange={(e) => set("teamName")(e.target.value)}
        />
      </label>
      <label>
        {t("placements.topic")}
        <Input.TextArea
          value={form.topic}
          maxLength={500}
          autoSize={{ minRows: 2 }}
          onChange={(e) => set("topic")(e.target.value)}
        />
      </label>
      <label>
        {t("placements.supervisorId")}
        <StaffPicker
          value={supervisor}
          onChange={setSupervisor}
          ariaLabel={t("placements.supervisorId")}
        />
      </label>
      <Space wrap>
        <label>
          {t("placements.startsOn")}
          <Input
            type="date"
            value={form.startsOn}
            onChange={(e) => set("startsOn")(e.target.value)}
          />
        </label>
        <label>
          {t("placements.endsOn")}
          <Input type="date" value={form.endsOn} onChange={(e) => set("endsOn")(e.target.value)} />
        </label>
      </Space>
      <Button type="primary" htmlType="submit" loading={proposing.loading}>
        {t("placements.proposeSubmit")}
      </Button>
      <ActionError
        failure={failure}
        fields={PROPOSE_FIELDS}
        explain={(f) =>
          f.problem === "badInput" && f.field === "input.studentId"
            ? t("placements.tierRefused")
            : null
        }
      />
    </form>
  );
}

/** A student's own placements (安置) and the form to propose one: on this page and their profile. */
export function MyPlacements({ personId }: { personId: string }) {
  const { t } = useI18n();
  const mine = useQuery(MY_PLACEMENTS, {
    variables: { id: personId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const rows = mine.data?.person?.placements;
  let body;
  if (mine.loading && !rows) body = <Loading />;
  else if (!rows) body = <LoadError text={t("placements.failed")} retry={() => mine.refetch()} />;
  else if (!rows.length) body = <EmptyText>{t("placements.empty")}</EmptyText>;
  else
    body = (
      <ul className="climb-page__list">
        {rows.map((row) => (
          <PlacementItem key={row.id} row={row} onDone={() => void mine.refetch()} />
        ))}
      </ul>
    );
  return (
    <>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("placements.mine")}</h2>}
        data-card="my-placements"
      >
        {body}
      </Card>
      <Card
        size="small"
        title={<h2 className="climb-page__title">{t("placements.propose")}</h2>}
        data-card="propose"
      >
        <Typography.Paragraph type="secondary">{t("placements.tierRule")}</Typography.Paragraph>
        <ProposeForm
          partners={mine.data?.partnerOrganisations.edges.map((e) => e.node) ?? []}
          onDone={() => void mine.refetch()}
        />
      </Card>
    </>
  );
}

/**
 * The organiser's list (every placement; a college administrator's, their students') or a
 * supervisor's own, with filters and actions.
 */
function PlacementList({ organiser }: { organiser: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<PlacementStatus | undefined>();
  const [phase, setPhase] = useState<PlacementPhase | undefined>();
  const variables = { status: status ?? null, phase: phase ?? null };
  const all = useQuery(PLACEMENTS, {
    variables,
    skip: !organiser,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const own = useQuery(SUPERVISED, {
    variables,
    skip: organiser,
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const query = organiser ? all : own;
  const data = organiser ? all.data?.placements : own.data?.supervisedPlacements;
  let body;
  if (query.loading && !data) body = <Loading />;
  else if (!data) body = <LoadError text={t("placements.failed")} retry={() => query.refetch()} />;
  else if (!data.edges.length) body = <EmptyText>{t("placements.empty")}</EmptyText>;
  else
    body = (
      <ul className="climb-page__list">
        {data.edges.map(({ node }) => (
          <PlacementItem key={node.id} row={node} onDone={() => void query.refetch()} />
        ))}
      </ul>
    );
  return (
    <Card
      size="small"
      title={
        <h2 className="climb-page__title">
          {organiser ? t("placements.all") : t("placements.supervised")}
        </h2>
      }
      data-card="placements"
    >
      <Space wrap className="placements__filters">
        <Select
          allowClear
          aria-label={t("placements.filterStatus")}
          placeholder={t("placements.filterStatus")}
          style={{ minWidth: 140 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`placements.status.${s}`) }))}
        />
        <Select
          allowClear
          aria-label={t("placements.filterPhase")}
          placeholder={t("placements.filterPhase")}
          style={{ minWidth: 140 }}
          value={phase}
          onChange={setPhase}
          options={PHASES.map((p) => ({ value: p, label: t(`placements.phase.${p}`) }))}
        />
      </Space>
      {body}
      {data && (
        <LoadMore
          connection={data}
          loading={query.loading}
          onLoad={(after) => void query.fetchMore({ variables: { ...variables, after } })}
        />
      )}
    </Card>
  );
}

/** 安置: a student's own placements and proposal; an organiser's or supervisor's list. */
export function PlacementsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("placements.title"));
  const session = useSession();
  const roles = session?.user.roles ?? [];
  const personId = session?.user.personId;
  return (
    <div className="climb-page" data-page="placements">
      <PageHeading>{t("placements.title")}</PageHeading>
      <Typography.Paragraph type="secondary">{t("placements.intro")}</Typography.Paragraph>
      {roles.includes("student") && personId ? (
        <MyPlacements personId={personId} />
      ) : (
        <PlacementList organiser={roles.includes("admin") || roles.includes("college_admin")} />
      )}
    </div>
  );
}

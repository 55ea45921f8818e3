import { useMutation, useQuery, type ApolloError } from "@apollo/client";
import { Button, Card, Form, Input, InputNumber, Select, Typography } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { OrgUnitKind, PairingKind } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PersonPicker, type PickedPerson } from "../admin/PersonPicker";
import { EmptyText, LoadError, Loading } from "../ui/feedback";

export const BRANCH_PAIRINGS = graphql(`
  query PartyWorkPairings($branchId: ID!) {
    orgUnit(id: $branchId) {
      id
      pairings(first: 50) {
        totalCount
        edges {
          node {
            id
            kind
            state
            startsOn
            endsOn
            plan
            unit {
              id
              name
            }
            branch {
              id
              name
            }
            teacher {
              id
              name
            }
            student {
              id
              name
            }
            activitiesByTerm {
              term
              activityCount
              participantCount
            }
            activities(first: 5) {
              totalCount
              edges {
                node {
                  id
                  heldOn
                  title
                  participantCount
                  recordedBy {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
    orgUnits {
      id
      name
      kind
      closedOn
    }
  }
`);
export const CREATE_PAIRING = graphql(`
  mutation PartyWorkCreatePairing($input: CreatePairingInput!) {
    createPairing(input: $input) {
      id
    }
  }
`);
export const LOG_PAIRING_ACTIVITY = graphql(`
  mutation PartyWorkLogPairingActivity($input: LogPairingActivityInput!) {
    logPairingActivity(input: $input) {
      id
    }
  }
`);
export const END_PAIRING = graphql(`
  mutation PartyWorkEndPairing($pairingId: ID!) {
    endPairing(pairingId: $pairingId) {
      id
      state
    }
  }
`);

const KINDS: PairingKind[] = ["SCHOOL_BRANCH", "TEACHER_STUDENT", "OFFICE_BRANCH"];
const kindKey = (kind: PairingKind): MessageKey => `pairings.kind.${kind}`;

/** The units offered as the other side of a pairing of each kind; the server holds the rule. */
const PARTNER_KINDS: Record<PairingKind, OrgUnitKind[]> = {
  SCHOOL_BRANCH: ["SCHOOL"],
  TEACHER_STUDENT: ["JOINT_BRANCH", "TEMPORARY_BRANCH", "GENERAL_BRANCH"],
  OFFICE_BRANCH: ["PARTY_COMMITTEE", "GENERAL_BRANCH"],
};

function refusalKey(error: ApolloError): MessageKey {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === "FORBIDDEN") return "pairings.refused.forbidden";
  if (code === "BAD_USER_INPUT") return "partywork.refused.input";
  if (code === "CONFLICT") return "pairings.refused.conflict";
  return "partywork.refused.other";
}

function Refusal({ error }: { error: ApolloError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Typography.Text type="danger" role="alert" data-refusal>
      {t(refusalKey(error))} {error.graphQLErrors[0]?.message ?? ""}
    </Typography.Text>
  );
}

type Data = NonNullable<ReturnType<typeof usePairings>["data"]>;
type PairingRow = NonNullable<Data["orgUnit"]>["pairings"]["edges"][number]["node"];
const usePairings = (branchId: string) =>
  useQuery(BRANCH_PAIRINGS, { variables: { branchId }, errorPolicy: "all" });

function ActivityForm({
  pairing,
  refetch,
  onLogged,
}: {
  pairing: PairingRow;
  refetch: () => unknown;
  onLogged: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{
    heldOn: string;
    title: string;
    participantCount: number;
    summary?: string;
  }>();
  const [log, logged] = useMutation(LOG_PAIRING_ACTIVITY, { onCompleted: () => refetch() });
  return (
    <Form
      form={form}
      name={`pairingActivity-${pairing.id}`}
      layout="vertical"
      className="partywork__form"
      aria-label={t("pairings.activity.new")}
      onFinish={(values) =>
        void log({
          variables: {
            input: {
              pairingId: pairing.id,
              heldOn: values.heldOn,
              title: values.title,
              participantCount: values.participantCount,
              summary: values.summary ?? "",
            },
          },
        })
          .then(() => {
            form.resetFields();
            onLogged();
          })
          .catch(() => undefined)
      }
    >
      <h4 className="partywork__subtitle">{t("pairings.activity.new")}</h4>
      <div className="partywork__dates">
        <Form.Item name="heldOn" label={t("pairings.activity.heldOn")} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="participantCount"
          label={t("pairings.activity.participants")}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={10000} precision={0} style={{ width: "100%" }} />
        </Form.Item>
      </div>
      <Form.Item name="title" label={t("pairings.activity.title")} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="summary" label={t("pairings.activity.summary")}>
        <Input.TextArea maxLength={2000} autoSize />
      </Form.Item>
      <Button htmlType="submit" loading={logged.loading}>
        {t("pairings.activity.log")}
      </Button>
      <Refusal error={logged.error} />
    </Form>
  );
}

function PairingItem({
  pairing,
  branchId,
  refetch,
}: {
  pairing: PairingRow;
  branchId: string;
  refetch: () => unknown;
}) {
  const { t } = useI18n();
  const [end, ended] = useMutation(END_PAIRING, { onCompleted: () => refetch() });
  const [logging, setLogging] = useState(false);
  const partner = pairing.unit.id === branchId ? pairing.branch : pairing.unit;
  const active = pairing.state === "ACTIVE";
  const people = [pairing.teacher?.name, pairing.student?.name].filter(Boolean).join("、");
  return (
    <li data-pairing={pairing.id} data-state={pairing.state}>
      <strong>{t(kindKey(pairing.kind))}</strong> · {partner.name}
      <div className="partywork__meta">
        {t("pairings.period", { from: pairing.startsOn, to: pairing.endsOn })} ·{" "}
        {active ? t("pairings.state.ACTIVE") : t("pairings.state.ENDED")}
        {people ? ` · ${people}` : ""}
      </div>
      <div className="partywork__meta">{pairing.plan}</div>
      <div className="partywork__meta" data-activity-count={pairing.activities.totalCount}>
        {t("pairings.activityCount", { count: pairing.activities.totalCount })}
      </div>
      {pairing.activitiesByTerm.length > 0 && (
        <ul className="partywork__terms">
          {pairing.activitiesByTerm.map((row) => (
            <li key={row.term} data-term={row.term} data-count={row.activityCount}>
              {t("pairings.term", {
                term: row.term,
                count: row.activityCount,
                people: row.participantCount,
              })}
            </li>
          ))}
        </ul>
      )}
      {pairing.activities.edges.length > 0 && (
        <ul className="partywork__activities">
          {pairing.activities.edges.map(({ node }) => (
            <li key={node.id}>
              {node.heldOn} · {node.title} ·{" "}
              {t("pairings.activity.people", { count: node.participantCount })}
              {node.recordedBy?.name ? ` · ${node.recordedBy.name}` : ""}
            </li>
          ))}
        </ul>
      )}
      {active && (
        <>
          {logging ? (
            <ActivityForm pairing={pairing} refetch={refetch} onLogged={() => setLogging(false)} />
          ) : (
            <Button size="small" onClick={() => setLogging(true)}>
              {t("pairings.activity.new")}
            </Button>
          )}{" "}
          <Button
            size="small"
            danger
            onClick={() =>
              void end({ variables: { pairingId: pairing.id } }).catch(() => undefined)
            }
          >
            {t("pairings.end")}
          </Button>
          <Refusal error={ended.error} />
        </>
      )}
    </li>
  );
}

function NewPairingForm({
  branchId,
  units,
  refetch,
}: {
  branchId: string;
  units: Data["orgUnits"];
  refetch: () => unknown;
}) {
  const { t } = useI18n();
  const [teacher, setTeacher] = useState<PickedPerson | null>(null);
  const [student, setStudent] = useState<PickedPerson | null>(null);
  const [form] = Form.useForm<{
    kind: PairingKind;
    unitId: string;
    startsOn: string;
    endsOn: string;
    plan: string;
  }>();
  const kind = Form.useWatch("kind", form) ?? "SCHOOL_BRANCH";
  const [create, created] = useMutation(CREATE_PAIRING, { onCompleted: () => refetch() });
  const partners = units.filter(
    (u) => u.id !== branchId && !u.closedOn && PARTNER_KINDS[kind].includes(u.kind),
  );
  return (
    <Form
      form={form}
      name="pairing"
      layout="vertical"
      className="partywork__form"
      aria-label={t("pairings.new")}
      initialValues={{ kind: "SCHOOL_BRANCH" }}
      onFinish={(values) =>
        void create({
          variables: {
            input: {
              kind: values.kind,
              unitId: values.unitId,
              branchId,
              startsOn: values.startsOn,
              endsOn: values.endsOn,
              plan: values.plan,
              teacherId: values.kind === "TEACHER_STUDENT" ? (teacher?.id ?? null) : null,
              studentId: values.kind === "TEACHER_STUDENT" ? (student?.id ?? null) : null,
            },
          },
        })
          .then(() => {
            form.resetFields();
            setTeacher(null);
            setStudent(null);
          })
          .catch(() => undefined)
      }
    >
      <h3 className="partywork__subtitle">{t("pairings.new")}</h3>
      <Form.Item name="kind" label={t("pairings.kind")} rules={[{ required: true }]}>
        <Select
          options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          onChange={() => form.setFieldValue("unitId", undefined)}
        />
      </Form.Item>
      <Form.Item name="unitId" label={t("pairings.partner")} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={partners.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      {kind === "TEACHER_STUDENT" && (
        <>
          <Form.Item label={t("pairings.teacher")} htmlFor="pairing-teacher">
            <PersonPicker id="pairing-teacher" value={teacher} onChange={setTeacher} />
          </Form.Item>
          <Form.Item label={t("pairings.student")} htmlFor="pairing-student">
            <PersonPicker id="pairing-student" value={student} onChange={setStudent} />
          </Form.Item>
        </>
      )}
      <div className="partywork__dates">
        <Form.Item name="startsOn" label={t("pairings.startsOn")} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endsOn" label={t("pairings.endsOn")} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </div>
      <Form.Item name="plan" label={t("pairings.plan")} rules={[{ required: true }]}>
        <Input.TextArea maxLength={4000} autoSize />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={created.loading}>
        {t("pairings.create")}
      </Button>
      <Refusal error={created.error} />
    </Form>
  );
}

/** 结对共建: the branch's pairings with their activity counts per term, a new pairing, an activity log. */
export function PairingsSection({ branchId }: { branchId: string }) {
  const { t } = useI18n();
  const query = usePairings(branchId);
  const refetch = () => query.refetch();
  let body;
  if (query.loading && !query.data) body = <Loading />;
  else if (!query.data?.orgUnit)
    body = <LoadError text={t("partywork.failed")} retry={() => void refetch()} />;
  else {
    const rows = query.data.orgUnit.pairings.edges.map((e) => e.node);
    body = (
      <>
        {rows.length === 0 ? (
          <EmptyText>{t("partywork.none")}</EmptyText>
        ) : (
          <ul className="partywork__list">
            {rows.map((pairing) => (
              <PairingItem
                key={pairing.id}
                pairing={pairing}
                branchId={branchId}
                refetch={refetch}
              />
            ))}
          </ul>
        )}
        <NewPairingForm branchId={branchId} units={query.data.orgUnits} refetch={refetch} />
      </>
    );
  }
  return (
    <Card
      size="small"
      title={<h2 className="partywork__title">{t("pairings.title")}</h2>}
      data-card="pairings"
    >
      {body}
    </Card>
  );
}

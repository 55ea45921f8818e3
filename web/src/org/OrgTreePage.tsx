import { useMutation, useQuery } from "@apollo/client";
import { Button, DatePicker, Form, Input, Popconfirm, Select, Space, Tree } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { OrgTreeUnitsQuery, OrgUnitKind } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { PersonName } from "../pages/PersonName";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { History } from "../ui/History";
import { StatusTag } from "../ui/tags";
import "./org.css";

export const ORG_TREE_UNITS = graphql(`
  query OrgTreeUnits {
    orgUnits {
      id
      name
      kind
      closedOn
      parent {
        id
      }
    }
  }
`);

export const ORG_UNIT_DETAIL = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      kind
      purpose
      startsOn
      endsOn
      closedOn
      parent {
        id
        name
      }
      college {
        id
        name
      }
      secretary {
        id
        name
        number
      }
      grids {
        id
        name
      }
      history {
        id
        change
        name
        changedOn
        createdAt
        parent {
          id
          name
        }
        changedBy {
          id
          name
        }
      }
    }
  }
`);

const CREATE_ORG_UNIT = graphql(`
  mutation OrgTreeCreateUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
      kind
    }
  }
`);

const RENAME_ORG_UNIT = graphql(`
  mutation OrgTreeRenameUnit($id: ID!, $name: String!) {
    renameOrgUnit(unitId: $id, name: $name) {
      id
      name
    }
  }
`);

const MOVE_ORG_UNIT = graphql(`
  mutation OrgTreeMoveUnit($id: ID!, $parent: ID!) {
    moveOrgUnit(unitId: $id, parentId: $parent) {
      id
      parent {
        id
        name
      }
    }
  }
`);

const CLOSE_ORG_UNIT = graphql(`
  mutation OrgTreeCloseUnit($id: ID!) {
    closeOrgUnit(unitId: $id) {
      id
      closedOn
    }
  }
`);

type Unit = OrgTreeUnitsQuery["orgUnits"][number];

/**
 * The kinds a unit's parent may be (三级组织架构: 社区党委 → 书院党总支 → 师生联合党支部; a temporary
 * branch under the committee or a general branch; schools and residential colleges stand beside
 * them). Only to offer sensible choices: the server checks every change against its own rule.
 */
const PARENT_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  PARTY_COMMITTEE: [],
  GENERAL_BRANCH: ["PARTY_COMMITTEE"],
  JOINT_BRANCH: ["GENERAL_BRANCH"],
  TEMPORARY_BRANCH: ["PARTY_COMMITTEE", "GENERAL_BRANCH"],
  SCHOOL: [],
  RESIDENTIAL_COLLEGE: [],
};
const KINDS = Object.keys(PARENT_KINDS) as OrgUnitKind[];
const BRANCH_KINDS: readonly OrgUnitKind[] = ["JOINT_BRANCH", "TEMPORARY_BRANCH"];

interface TreeNode {
  key: string;
  title: React.ReactNode;
  children: TreeNode[];
}

/**
 * 组织架构 (`/org`, `?unit=` for the unit shown): the whole organisation as a tree (party
 * committee, general branches, branches; schools and residential colleges beside them), and one
 * unit's details: its secretary, grids, college, and its history of names and parents.
 * Administrators (and college administrators, for branches in their college) create, rename,
 * move and close units here; the server decides, and a refusal is shown in words.
 */
export function OrgTreePage() {
  const { t, label } = useI18n();
  useDocumentTitle(t("org.title"));
  const [search, setSearch] = useSearchParams();
  const selected = search.get("unit");
  const session = useSession();
  const roles = session?.user.roles ?? [];
  const mayChange = roles.includes("admin") || roles.includes("college_admin");
  const units = useQuery(ORG_TREE_UNITS, { fetchPolicy: "cache-and-network" });
  const list = useMemo(() => units.data?.orgUnits ?? [], [units.data]);

  const tree = useMemo(() => {
    const byParent = new Map<string | null, Unit[]>();
    for (const unit of list) {
      const parent = unit.parent?.id ?? null;
      byParent.set(parent, [...(byParent.get(parent) ?? []), unit]);
    }
    const node = (unit: Unit): TreeNode => ({
      key: unit.id,
      title: (
        <span
          className="org-node"
          data-unit={unit.id}
          data-name={unit.name}
          data-closed={unit.closedOn ? "" : undefined}
        >
          {unit.name} <StatusTag tone="plain">{label("OrgUnitKind", unit.kind)}</StatusTag>
          {unit.closedOn && <StatusTag tone="muted">{t("org.closedTag")}</StatusTag>}
        </span>
      ),
      children: (byParent.get(unit.id) ?? []).map(node),
    });
    return (byParent.get(null) ?? []).map(node);
  }, [list, label, t]);

  const select = (id: string | null) => {
    const next = new URLSearchParams(search);
    if (id) next.set("unit", id);
    else next.delete("unit");
    setSearch(next);
  };

  let body;
  if (!units.data) {
    body = units.loading ? (
      <Loading />
    ) : (
      <LoadError text={t("org.loadFailed")} retry={() => units.refetch()} />
    );
  } else {
    body = (
      <div className="org-layout">
        <section className="org-tree" data-part="tree" aria-label={t("org.treeLabel")}>
          {tree.length ? (
            <Tree
              treeData={tree}
              defaultExpandAll
              selectedKeys={selected ? [selected] : []}
              onSelect={(keys) => select(keys.length ? String(keys[0]) : null)}
            />
          ) : (
            <EmptyText>{t("org.empty")}</EmptyText>
          )}
          {mayChange && (
            <CreateUnitForm
              parent={null}
              units={list}
              onCreated={(id) => {
                void units.refetch();
                select(id);
              }}
            />
          )}
        </section>
        {selected ? (
          <UnitDetail
            key={selected}
            id={selected}
            units={list}
            mayChange={mayChange}
            onChanged={() => void units.refetch()}
            onCreated={(id) => {
              void units.refetch();
              select(id);
            }}
          />
        ) : (
          <p className="org-hint">{t("org.pick")}</p>
        )}
      </div>
    );
  }
  return (
    <div className="org-page" data-page="org">
      <PageHeading>{t("org.title")}</PageHeading>
      {body}
    </div>
  );
}

function UnitDetail({
  id,
  units,
  mayChange,
  onChanged,
  onCreated,
}: {
  id: string;
  units: readonly Unit[];
  mayChange: boolean;
  onChanged: () => void;
  onCreated: (id: string) => void;
}) {
  const { t, label, localDate } = useI18n();
  const detail = useQuery(ORG_UNIT_DETAIL, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const unit = detail.data?.orgUnit;
  if (!unit) {
    if (detail.loading) return <Loading />;
    if (detail.error)
      return <LoadError text={t("org.loadFailed")} retry={() => detail.refetch()} />;
    return <EmptyText>{t("org.notFound")}</EmptyText>;
  }
  const changed = () => {
    onChanged();
    void detail.refetch();
  };
  const isBranch = BRANCH_KINDS.includes(unit.kind);
  const open = !unit.closedOn;
  return (
    <section className="org-detail" data-part="unit" data-unit={unit.id}>
      <h2>
        {unit.name} <StatusTag tone="plain">{label("OrgUnitKind", unit.kind)}</StatusTag>
        {unit.closedOn && (
          <StatusTag tone="muted">{t("org.closedOn", { day: localDate(unit.closedOn) })}</StatusTag>
        )}
      </h2>
      <dl className="org-facts">
        <dt>{t("org.parent")}</dt>
        <dd data-fact="parent">{unit.parent?.name ?? t("org.top")}</dd>
        <dt>{t("org.secretary")}</dt>
        <dd data-fact="secretary">
          {unit.secretary ? <PersonName person={unit.secretary} /> : t("org.noSecretary")}
        </dd>
        {unit.college && (
          <>
            <dt>{t("org.college")}</dt>
            <dd data-fact="college">{unit.college.name}</dd>
          </>
        )}
        {unit.kind === "TEMPORARY_BRANCH" && (
          <>
            <dt>{t("org.purpose")}</dt>
            <dd data-fact="purpose">{unit.purpose}</dd>
            <dt>{t("org.period")}</dt>
            <dd data-fact="period">
              {t("org.periodValue", {
                from: localDate(unit.startsOn),
                until: localDate(unit.endsOn),
              })}
            </dd>
          </>
        )}
      </dl>
      {isBranch && (
        <div className="org-links">
          <h3>{t("org.grids", { count: unit.grids.length })}</h3>
          {unit.grids.length ? (
            <ul className="org-grids">
              {unit.grids.map((g) => (
                <li key={g.id} data-grid={g.id}>
                  <Link to={paths.grid(g.id)}>{g.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyText>{t("org.noGrids")}</EmptyText>
          )}
          <Space wrap>
            <Link to={paths.partywork(unit.id)}>{t("partywork.nav")}</Link>
            <Link to={paths.party(unit.id)}>{t("party.nav")}</Link>
          </Space>
        </div>
      )}
      <h3>{t("org.history")}</h3>
      <History
        className="org-history"
        entries={unit.history.map((h) => ({
          key: h.id,
          at: h.createdAt,
          data: { "data-change": h.change },
          text: t("org.change", {
            change: label("OrgUnitChangeKind", h.change),
            day: localDate(h.changedOn),
            name: h.name,
            parent: h.parent?.name ?? t("org.top"),
            by: h.changedBy?.name ?? t("org.bySystem"),
          }),
        }))}
      />
      {mayChange && open && (
        <div className="org-actions">
          <RenameForm id={unit.id} name={unit.name} onDone={changed} />
          {PARENT_KINDS[unit.kind].length > 0 && (
            <MoveForm unit={unit} units={units} onDone={changed} />
          )}
          {KINDS.some((k) => PARENT_KINDS[k].includes(unit.kind)) && (
            <CreateUnitForm parent={unit} units={units} onCreated={onCreated} />
          )}
          <CloseUnit id={unit.id} name={unit.name} onDone={changed} />
        </div>
      )}
    </section>
  );
}

function RenameForm({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ name: string }>();
  const [failure, report] = useFormRefusal(form);
  const [rename, { loading }] = useMutation(RENAME_ORG_UNIT, { errorPolicy: "all" });
  return (
    <Form
      form={form}
      layout="vertical"
      className="admin-form"
      name="org-rename"
      data-form="rename"
      initialValues={{ name }}
      onFinish={(v) => {
        void (async () => {
          const failed = await attempt(
            () => rename({ variables: { id, name: v.name.trim() } }),
            "renameOrgUnit",
          );
          report(failed);
          if (!failed) onDone();
        })();
      }}
    >
      <h3>{t("org.rename.title")}</h3>
      <Form.Item
        name="name"
        label={t("org.name")}
        rules={[{ required: true, whitespace: true, message: t("org.required") }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Button htmlType="submit" loading={loading}>
        {t("org.rename.submit")}
      </Button>
      <ActionError failure={failure} fields={{ name: "org.name" }} />
    </Form>
  );
}

function MoveForm({
  unit,
  units,
  onDone,
}: {
  unit: { id: string; kind: OrgUnitKind; parent?: { id: string } | null };
  units: readonly Unit[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ parentId?: string }>();
  const [failure, report] = useFormRefusal(form);
  const [move, { loading }] = useMutation(MOVE_ORG_UNIT, { errorPolicy: "all" });
  const parents = units.filter(
    (u) =>
      !u.closedOn &&
      u.id !== unit.id &&
      u.id !== unit.parent?.id &&
      PARENT_KINDS[unit.kind].includes(u.kind),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      className="admin-form"
      name="org-move"
      data-form="move"
      onFinish={(v) => {
        void (async () => {
          const failed = await attempt(
            () => move({ variables: { id: unit.id, parent: v.parentId ?? "" } }),
            "moveOrgUnit",
          );
          report(failed);
          if (!failed) {
            form.resetFields();
            onDone();
          }
        })();
      }}
    >
      <h3>{t("org.move.title")}</h3>
      <Form.Item
        name="parentId"
        label={t("org.move.parent")}
        rules={[{ required: true, message: t("org.required") }]}
      >
        <Select
          showSearch={{ optionFilterProp: "label" }}
          options={parents.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Button htmlType="submit" loading={loading}>
        {t("org.move.submit")}
      </Button>
      <ActionError failure={failure} fields={{ parentId: "org.move.parent" }} />
    </Form>
  );
}

interface CreateValues {
  kind?: OrgUnitKind;
  name?: string;
  collegeId?: string;
  purpose?: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
}

/** 新建组织: a unit under `parent` (the kinds that may stand there), or a top-level one. */
function CreateUnitForm({
  parent,
  units,
  onCreated,
}: {
  parent: { id: string; kind: OrgUnitKind } | null;
  units: readonly Unit[];
  onCreated: (id: string) => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<CreateValues>();
  const [failure, report] = useFormRefusal(form);
  const [create, { loading }] = useMutation(CREATE_ORG_UNIT, { errorPolicy: "all" });
  const kind = Form.useWatch("kind", form);
  const kinds = KINDS.filter((k) =>
    parent ? PARENT_KINDS[k].includes(parent.kind) : PARENT_KINDS[k].length === 0,
  );
  const colleges = units.filter((u) => u.kind === "RESIDENTIAL_COLLEGE" && !u.closedOn);
  return (
    <Form<CreateValues>
      form={form}
      layout="vertical"
      className="admin-form"
      // Its own name: the page may show both (top-level and child), and field ids must not clash.
      name={parent ? "org-create-child" : "org-create-top"}
      data-form={parent ? "create-child" : "create-top"}
      onFinish={(v) => {
        void (async () => {
          const temporary = v.kind === "TEMPORARY_BRANCH";
          let createdId: string | null = null;
          const failed = await attempt(async () => {
            const result = await create({
              variables: {
                input: {
                  kind: v.kind ?? "JOINT_BRANCH",
                  name: (v.name ?? "").trim(),
                  parentId: parent?.id ?? null,
                  collegeId: v.kind === "GENERAL_BRANCH" ? (v.collegeId ?? null) : null,
                  purpose: temporary ? (v.purpose ?? null) : null,
                  startsOn: temporary ? (v.startsOn?.format("YYYY-MM-DD") ?? null) : null,
                  endsOn: temporary ? (v.endsOn?.format("YYYY-MM-DD") ?? null) : null,
                },
              },
            });
            createdId = result.data?.createOrgUnit.id ?? null;
            return result;
          }, "createOrgUnit");
          report(failed);
          if (!failed && createdId) {
            form.resetFields();
            onCreated(createdId);
          }
        })();
      }}
    >
      <h3>{parent ? t("org.create.child") : t("org.create.top")}</h3>
      <Form.Item
        name="kind"
        label={t("org.kind")}
        rules={[{ required: true, message: t("org.required") }]}
      >
        <Select options={kinds.map((k) => ({ value: k, label: label("OrgUnitKind", k) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t("org.name")}
        rules={[{ required: true, whitespace: true, message: t("org.required") }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      {kind === "GENERAL_BRANCH" && (
        <Form.Item
          name="collegeId"
          label={t("org.college")}
          rules={[{ required: true, message: t("org.required") }]}
        >
          <Select options={colleges.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
      )}
      {kind === "TEMPORARY_BRANCH" && (
        <>
          <Form.Item
            name="purpose"
            label={t("org.purpose")}
            rules={[{ required: true, whitespace: true, message: t("org.required") }]}
          >
            <Input.TextArea maxLength={500} autoSize />
          </Form.Item>
          <Form.Item
            name="startsOn"
            label={t("org.startsOn")}
            rules={[{ required: true, message: t("org.required") }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t("org.endsOn")}
            rules={[{ required: true, message: t("org.required") }]}
          >
            <DatePicker />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("org.create.submit")}
      </Button>
      <ActionError
        failure={failure}
        fields={{
          name: "org.name",
          kind: "org.kind",
          collegeId: "org.college",
          purpose: "org.purpose",
          startsOn: "org.startsOn",
          endsOn: "org.endsOn",
        }}
      />
    </Form>
  );
}

function CloseUnit({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const { t } = useI18n();
  const [close, { loading }] = useMutation(CLOSE_ORG_UNIT, { errorPolicy: "all" });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  return (
    <div className="org-close" data-form="close">
      <Popconfirm
        title={t("org.close.confirm", { name })}
        okText={t("org.close.submit")}
        cancelText={t("org.cancel")}
        onConfirm={() => {
          void (async () => {
            const failed = await attempt(() => close({ variables: { id } }), "closeOrgUnit");
            setFailure(failed);
            if (!failed) onDone();
          })();
        }}
      >
        <Button danger loading={loading}>
          {t("org.close.submit")}
        </Button>
      </Popconfirm>
      <ActionError
        failure={failure}
        explain={(f) => (f.problem === "conflict" ? t("org.close.conflict") : null)}
      />
    </div>
  );
}

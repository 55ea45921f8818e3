import { useMutation, useQuery, type ApolloError } from "@apollo/client";
import { Button, Card, Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { graphql } from "../generated";
import { useSession } from "../auth/useSession";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PersonPicker, type PickedPerson } from "../admin/PersonPicker";
import { MY_BRANCHES } from "../party/PartyBoardPage";
import { Link, paths } from "../router";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { PairingsSection } from "./PairingsSection";
import "./partywork.css";

export const PARTY_WORK = graphql(`
  query PartyWorkBranch($branchId: ID!) {
    orgUnit(id: $branchId) {
      id
      name
      grids {
        id
        name
      }
      partyPosts {
        id
        title
        duties
        startsOn
        endsOn
        current
        holder {
          id
          name
        }
        grid {
          id
          name
        }
        room {
          id
          number
          building {
            id
            name
          }
        }
      }
      responsibilityAreas {
        id
        name
        member {
          id
          name
        }
        rooms {
          id
          number
        }
        grids {
          id
          name
        }
      }
      vanguardTeams {
        id
        name
        purpose
        members {
          id
          name
        }
        tasks {
          id
          title
          dueOn
          state
          transitions {
            id
            toState
            createdAt
            by {
              id
              name
            }
          }
        }
      }
    }
    responsibilityCoverage(branchId: $branchId) {
      branches {
        roomCount
        coveredRoomCount
        share
      }
      buildings {
        building {
          id
          name
        }
        roomCount
        coveredRoomCount
        share
      }
    }
  }
`);

export const CREATE_PARTY_POST = graphql(`
  mutation PartyWorkCreatePost($input: CreatePartyPostInput!) {
    createPartyPost(input: $input) {
      id
    }
  }
`);
export const END_PARTY_POST = graphql(`
  mutation PartyWorkEndPost($postId: ID!) {
    endPartyPost(postId: $postId) {
      id
      endedOn
    }
  }
`);
export const CREATE_RESPONSIBILITY_AREA = graphql(`
  mutation PartyWorkCreateArea($input: CreateResponsibilityAreaInput!) {
    createResponsibilityArea(input: $input) {
      id
    }
  }
`);
export const END_RESPONSIBILITY_AREA = graphql(`
  mutation PartyWorkEndArea($areaId: ID!) {
    endResponsibilityArea(areaId: $areaId) {
      id
    }
  }
`);
export const CREATE_VANGUARD_TEAM = graphql(`
  mutation PartyWorkCreateTeam($input: CreateVanguardTeamInput!) {
    createVanguardTeam(input: $input) {
      id
    }
  }
`);
export const ADD_VANGUARD_TASK = graphql(`
  mutation PartyWorkAddTask($input: AddVanguardTaskInput!) {
    addVanguardTask(input: $input) {
      id
    }
  }
`);
export const COMPLETE_VANGUARD_TASK = graphql(`
  mutation PartyWorkCompleteTask($taskId: ID!) {
    completeVanguardTask(taskId: $taskId) {
      id
      state
      transitions {
        id
        toState
        createdAt
        by {
          id
          name
        }
      }
    }
  }
`);

/** The server's refusal in words that fit the page: its rule (BAD_USER_INPUT), the duty, or a retry. */
function refusalKey(error: ApolloError): MessageKey {
  const code = error.graphQLErrors[0]?.extensions?.code;
  if (code === "FORBIDDEN") return "partywork.refused.forbidden";
  if (code === "BAD_USER_INPUT") return "partywork.refused.input";
  if (code === "CONFLICT") return "partywork.refused.conflict";
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

type Branch = NonNullable<NonNullable<ReturnType<typeof useBranch>["data"]>["orgUnit"]>;
const useBranch = (branchId: string) =>
  useQuery(PARTY_WORK, { variables: { branchId }, skip: !branchId, errorPolicy: "all" });

const percent = (share: number) => `${Math.round(share * 100)}%`;

function CoverageCard({
  coverage,
}: {
  coverage: NonNullable<ReturnType<typeof useBranch>["data"]>["responsibilityCoverage"];
}) {
  const { t } = useI18n();
  const mine = coverage.branches[0];
  return (
    <Card
      size="small"
      title={<h2 className="partywork__title">{t("partywork.coverage.title")}</h2>}
      data-card="coverage"
    >
      <p className="partywork__share" data-share={mine ? mine.coveredRoomCount : 0}>
        {mine
          ? t("partywork.coverage.branch", {
              covered: mine.coveredRoomCount,
              rooms: mine.roomCount,
              percent: percent(mine.share),
            })
          : t("partywork.coverage.none")}
      </p>
      <ul className="partywork__list">
        {coverage.buildings.map((row) => (
          <li key={row.building.id} data-building={row.building.id}>
            {t("partywork.coverage.building", {
              building: row.building.name,
              covered: row.coveredRoomCount,
              rooms: row.roomCount,
              percent: percent(row.share),
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function PostsCard({ branch, refetch }: { branch: Branch; refetch: () => unknown }) {
  const { t } = useI18n();
  const [holder, setHolder] = useState<PickedPerson | null>(null);
  const [form] = Form.useForm<{
    title: string;
    duties: string;
    gridId: string;
    startsOn: string;
    endsOn: string;
  }>();
  const [create, created] = useMutation(CREATE_PARTY_POST, { onCompleted: () => refetch() });
  const [end, ended] = useMutation(END_PARTY_POST, { onCompleted: () => refetch() });
  return (
    <Card
      size="small"
      title={<h2 className="partywork__title">{t("partywork.posts.title")}</h2>}
      data-card="posts"
    >
      {branch.partyPosts.length === 0 ? (
        <EmptyText>{t("partywork.none")}</EmptyText>
      ) : (
        <ul className="partywork__list">
          {branch.partyPosts.map((post) => (
            <li key={post.id} data-post={post.id}>
              <strong>{post.title}</strong> ·{" "}
              <Link to={paths.person(post.holder.id)}>{post.holder.name ?? ""}</Link>
              <div className="partywork__meta">
                {post.grid
                  ? post.grid.name
                  : post.room
                    ? `${post.room.building.name} ${post.room.number}`
                    : ""}{" "}
                · {t("partywork.posts.term", { from: post.startsOn, to: post.endsOn })}
                {post.current ? "" : ` · ${t("partywork.posts.notRunning")}`}
              </div>
              <div className="partywork__meta">{post.duties}</div>
              <Button
                size="small"
                onClick={() => void end({ variables: { postId: post.id } }).catch(() => undefined)}
              >
                {t("partywork.posts.end")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Refusal error={ended.error} />
      <Form
        form={form}
        name="partyPost"
        layout="vertical"
        className="partywork__form"
        aria-label={t("partywork.posts.new")}
        onFinish={(values) =>
          void create({
            variables: {
              input: {
                holderId: holder?.id ?? "",
                title: values.title,
                duties: values.duties,
                gridId: values.gridId,
                startsOn: values.startsOn,
                endsOn: values.endsOn,
              },
            },
          })
            .then(() => {
              form.resetFields();
              setHolder(null);
            })
            .catch(() => undefined)
        }
      >
        <h3 className="partywork__subtitle">{t("partywork.posts.new")}</h3>
        <Form.Item label={t("partywork.posts.holder")} htmlFor="partywork-post-holder">
          <PersonPicker id="partywork-post-holder" value={holder} onChange={setHolder} />
        </Form.Item>
        <Form.Item name="title" label={t("partywork.posts.postTitle")} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="duties" label={t("partywork.posts.duties")} rules={[{ required: true }]}>
          <Input.TextArea maxLength={1000} autoSize />
        </Form.Item>
        <Form.Item name="gridId" label={t("partywork.posts.grid")} rules={[{ required: true }]}>
          <Select options={branch.grids.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <div className="partywork__dates">
          <Form.Item
            name="startsOn"
            label={t("partywork.posts.startsOn")}
            rules={[{ required: true }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endsOn" label={t("partywork.posts.endsOn")} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={created.loading}>
          {t("partywork.posts.create")}
        </Button>
        <Refusal error={created.error} />
      </Form>
    </Card>
  );
}

function AreasCard({ branch, refetch }: { branch: Branch; refetch: () => unknown }) {
  const { t } = useI18n();
  const [member, setMember] = useState<PickedPerson | null>(null);
  const [form] = Form.useForm<{ name: string; gridIds: string[] }>();
  const [create, created] = useMutation(CREATE_RESPONSIBILITY_AREA, {
    onCompleted: () => refetch(),
  });
  const [end, ended] = useMutation(END_RESPONSIBILITY_AREA, { onCompleted: () => refetch() });
  return (
    <Card
      size="small"
      title={<h2 className="partywork__title">{t("partywork.areas.title")}</h2>}
      data-card="areas"
    >
      {branch.responsibilityAreas.length === 0 ? (
        <EmptyText>{t("partywork.none")}</EmptyText>
      ) : (
        <ul className="partywork__list">
          {branch.responsibilityAreas.map((area) => (
            <li key={area.id} data-area={area.id}>
              <strong>{area.name}</strong> ·{" "}
              <Link to={paths.person(area.member.id)}>{area.member.name ?? ""}</Link>
              <div className="partywork__meta">
                {[...area.grids.map((g) => g.name), ...area.rooms.map((r) => r.number)].join("、")}
              </div>
              <Button
                size="small"
                onClick={() => void end({ variables: { areaId: area.id } }).catch(() => undefined)}
              >
                {t("partywork.areas.end")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Refusal error={ended.error} />
      <Form
        form={form}
        name="responsibilityArea"
        layout="vertical"
        className="partywork__form"
        aria-label={t("partywork.areas.new")}
        onFinish={(values) =>
          void create({
            variables: {
              input: {
                branchId: branch.id,
                memberId: member?.id ?? "",
                name: values.name,
                gridIds: values.gridIds,
              },
            },
          })
            .then(() => {
              form.resetFields();
              setMember(null);
            })
            .catch(() => undefined)
        }
      >
        <h3 className="partywork__subtitle">{t("partywork.areas.new")}</h3>
        <Form.Item label={t("partywork.areas.member")} htmlFor="partywork-area-member">
          <PersonPicker id="partywork-area-member" value={member} onChange={setMember} />
        </Form.Item>
        <Form.Item name="name" label={t("partywork.areas.name")} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="gridIds" label={t("partywork.areas.grids")} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            options={branch.grids.map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={created.loading}>
          {t("partywork.areas.create")}
        </Button>
        <Refusal error={created.error} />
      </Form>
    </Card>
  );
}

function TeamCard({
  team,
  refetch,
}: {
  team: Branch["vanguardTeams"][number];
  refetch: () => unknown;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [add, added] = useMutation(ADD_VANGUARD_TASK, { onCompleted: () => refetch() });
  const [complete, completed] = useMutation(COMPLETE_VANGUARD_TASK, {
    onCompleted: () => refetch(),
  });
  return (
    <Card
      size="small"
      title={<h2 className="partywork__title">{team.name}</h2>}
      data-team={team.id}
    >
      {team.purpose && <p className="partywork__meta">{team.purpose}</p>}
      <p className="partywork__members">
        {t("partywork.teams.members")}: {team.members.map((m) => m.name ?? "").join("、")}
      </p>
      <ul className="partywork__list">
        {team.tasks.map((task) => {
          const done = task.transitions.find((step) => step.toState === "DONE");
          return (
            <li key={task.id} data-task={task.id} data-state={task.state}>
              {task.title}
              {task.dueOn ? ` · ${t("partywork.teams.due", { date: task.dueOn })}` : ""}
              <div className="partywork__meta">
                {done
                  ? t("partywork.teams.doneBy", {
                      name: done.by?.name ?? "",
                      date: done.createdAt.slice(0, 10),
                    })
                  : t("partywork.teams.open")}
              </div>
              {task.state === "OPEN" && (
                <Button
                  size="small"
                  onClick={() =>
                    void complete({ variables: { taskId: task.id } }).catch(() => undefined)
                  }
                >
                  {t("partywork.teams.complete")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <Refusal error={completed.error} />
      <form
        className="partywork__task-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add({ variables: { input: { teamId: team.id, title } } })
            .then(() => setTitle(""))
            .catch(() => undefined);
        }}
      >
        <Input
          aria-label={t("partywork.teams.newTask")}
          placeholder={t("partywork.teams.newTask")}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Button htmlType="submit" loading={added.loading}>
          {t("partywork.teams.add")}
        </Button>
      </form>
      <Refusal error={added.error} />
    </Card>
  );
}

/** 新建先锋队: a name, what it is for, and its party members picked one by one. */
function NewTeamForm({ branchId, refetch }: { branchId: string; refetch: () => unknown }) {
  const { t } = useI18n();
  const [name, setName] = useState("");
  const [purpose, setPurpose] = useState("");
  const [members, setMembers] = useState<PickedPerson[]>([]);
  const [create, created] = useMutation(CREATE_VANGUARD_TEAM, { onCompleted: () => refetch() });
  return (
    <Card
      size="small"
      title={<h3 className="partywork__title">{t("partywork.teams.new")}</h3>}
      data-card="new-team"
    >
      <form
        className="partywork__form"
        onSubmit={(event) => {
          event.preventDefault();
          void create({
            variables: {
              input: { branchId, name, purpose, memberIds: members.map((m) => m.id) },
            },
          })
            .then(() => {
              setName("");
              setPurpose("");
              setMembers([]);
            })
            .catch(() => undefined);
        }}
      >
        <Input
          aria-label={t("partywork.teams.name")}
          placeholder={t("partywork.teams.name")}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
        <Input
          aria-label={t("partywork.teams.purpose")}
          placeholder={t("partywork.teams.purpose")}
          value={purpose}
          maxLength={500}
          onChange={(e) => setPurpose(e.target.value)}
        />
        <PersonPicker
          id="partywork-team-member"
          placeholder={t("partywork.teams.addMember")}
          value={null}
          onChange={(person) => {
            if (person && !members.some((m) => m.id === person.id))
              setMembers([...members, person]);
          }}
        />
        {members.length > 0 && (
          <p className="partywork__members" data-picked={members.length}>
            {t("partywork.teams.members")}: {members.map((m) => m.name).join("、")}
          </p>
        )}
        <Button htmlType="submit" type="primary" loading={created.loading}>
          {t("partywork.teams.create")}
        </Button>
      </form>
      <Refusal error={created.error} />
    </Card>
  );
}

/** 网格党建: a branch's party-member posts, responsibility areas (with their coverage), vanguard teams and pairings (结对共建). */
export function PartyWorkPage() {
  const { t } = useI18n();
  useDocumentTitle(t("partywork.title"));
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
  const branch = useBranch(branchId);
  const refetch = () => branch.refetch();
  const forbidden = branch.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN");

  let body;
  if (!branchId)
    body = mine.loading ? <Loading /> : <EmptyText>{t("partywork.noBranch")}</EmptyText>;
  else if (branch.loading && !branch.data) body = <Loading />;
  else if (forbidden) body = <LoadError text={t("partywork.forbidden")} />;
  else if (!branch.data?.orgUnit || !branch.data.responsibilityCoverage)
    body = <LoadError text={t("partywork.failed")} retry={() => void refetch()} />;
  else {
    const unit = branch.data.orgUnit;
    body = (
      <div className="partywork__cards">
        <CoverageCard coverage={branch.data.responsibilityCoverage} />
        <PostsCard branch={unit} refetch={refetch} />
        <AreasCard branch={unit} refetch={refetch} />
        <section aria-label={t("partywork.teams.title")} className="partywork__teams">
          <h2 className="partywork__title">{t("partywork.teams.title")}</h2>
          {unit.vanguardTeams.length === 0 ? (
            <EmptyText>{t("partywork.none")}</EmptyText>
          ) : (
            unit.vanguardTeams.map((team) => (
              <TeamCard key={team.id} team={team} refetch={refetch} />
            ))
          )}
          <NewTeamForm branchId={unit.id} refetch={refetch} />
        </section>
        <PairingsSection branchId={unit.id} />
      </div>
    );
  }
  return (
    <div className="partywork">
      <PageHeading>{t("partywork.title")}</PageHeading>
      {branch.data?.orgUnit && <p className="partywork__branch">{branch.data.orgUnit.name}</p>}
      {branches.length > 1 && (
        <Select
          aria-label={t("partywork.branch")}
          value={branchId}
          onChange={(id) => setParams({ branch: id })}
          options={branches.map((id) => ({ value: id, label: id }))}
        />
      )}
      {body}
    </div>
  );
}

import { useMutation, useQuery } from "@apollo/client";
import { Button, Form, Input, Select, Tag } from "antd";
import { useState } from "react";
import { useSession } from "../auth/useSession";
import { graphql } from "../generated";
import type { GovernancePostKind } from "../generated/graphql";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useDuties } from "../home/duties";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { ProfileSection } from "../profile/ProfileSection";
import { Link, paths } from "../router";
import { EmptyText } from "../ui/feedback";
import "./governance-posts.css";

/** A grid's governance posts, its rooms and the residents the viewer may see (for appointing). */
export const GRID_POSTS = graphql(`
  query GridGovernancePosts($id: ID!) {
    grid(id: $id) {
      id
      building {
        id
      }
      governancePosts {
        id
        kind
        startsOn
        endsOn
        holder {
          id
          name
        }
        room {
          id
          number
        }
      }
      rooms {
        id
        number
      }
    }
  }
`);

const GRID_RESIDENTS = graphql(`
  query GridPostCandidates($id: ID!) {
    grid(id: $id) {
      id
      residents {
        id
        name
      }
    }
  }
`);

const APPOINT = graphql(`
  mutation AppointGovernancePost($input: AppointGovernancePostInput!) {
    appointGovernancePost(input: $input) {
      id
    }
  }
`);

const END = graphql(`
  mutation EndGovernancePost($postId: ID!) {
    endGovernancePost(postId: $postId) {
      id
      endedOn
    }
  }
`);

const KINDS: GovernancePostKind[] = ["FLOOR_HEAD", "DORM_HEAD", "SAFETY_OFFICER"];

const FIELDS: Readonly<Record<string, MessageKey>> = {
  "input.kind": "posts.kind",
  "input.holderId": "posts.holder",
  "input.roomId": "posts.room",
  "input.startsOn": "posts.startsOn",
  "input.endsOn": "posts.endsOn",
};

interface AppointValues {
  kind: GovernancePostKind;
  roomId?: string;
  holderId?: string;
  startsOn: string;
  endsOn: string;
}

/** Today on campus (UTC+8), YYYY-MM-DD. */
const campusToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** The last day of the academic year a day falls in (15 July). */
function yearEnd(day: string): string {
  const year = Number(day.slice(0, 4)) + (Number(day.slice(5, 7)) >= 8 ? 1 : 0);
  return `${year}-07-15`;
}

/** Whether the signed-in person may appoint and end posts here (the server decides; this hides the form). */
function useMayAppoint(gridId: string, buildingId: string | undefined): boolean {
  const session = useSession();
  const { duties } = useDuties();
  if (session?.user.roles.includes("admin")) return true;
  return duties.some(
    (d) =>
      (d.targetKind === "GRID" &&
        d.targetId === gridId &&
        (d.role === "GRID_LEADER" || d.role === "COUNSELOR")) ||
      (d.targetKind === "BUILDING" && d.targetId === buildingId && d.role === "BUILDING_LEADER"),
  );
}

function AppointForm({
  gridId,
  rooms,
  onDone,
}: {
  gridId: string;
  rooms: readonly { id: string; number: string }[];
  onDone: () => void;
}) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<AppointValues>();
  const kind = Form.useWatch("kind", form);
  const residents = useQuery(GRID_RESIDENTS, { variables: { id: gridId }, errorPolicy: "all" });
  const [appoint, { loading }] = useMutation(APPOINT);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const [tried, setTried] = useState<AppointValues | null>(null);
  const today = campusToday();
  const submit = async (values: AppointValues) => {
    setFailure(null);
    setTried(values);
    setDone(false);
    const inRoom = values.kind === "DORM_HEAD";
    const refused = await attempt(
      () =>
        appoint({
          variables: {
            input: {
              kind: values.kind,
              holderId: values.holderId ?? "",
              gridId: inRoom ? null : gridId,
              roomId: inRoom ? (values.roomId ?? null) : null,
              startsOn: values.startsOn,
              endsOn: values.endsOn,
            },
          },
          errorPolicy: "all",
        }),
      "appointGovernancePost",
    );
    if (refused) return setFailure(refused);
    setDone(true);
    form.resetFields(["holderId"]);
    onDone();
  };
  return (
    <Form<AppointValues>
      form={form}
      layout="vertical"
      aria-label={t("posts.appoint")}
      initialValues={{ kind: "FLOOR_HEAD", startsOn: today, endsOn: yearEnd(today) }}
      onFinish={(values) => void submit(values)}
    >
      <div className="posts-form__row">
        <Form.Item name="kind" label={t("posts.kind")}>
          <Select
            options={KINDS.map((k) => ({ value: k, label: label("GovernancePostKind", k) }))}
          />
        </Form.Item>
        {kind === "DORM_HEAD" && (
          <Form.Item
            name="roomId"
            label={t("posts.room")}
            rules={[{ required: true, message: t("posts.required") }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={rooms.map((r) => ({ value: r.id, label: r.number }))}
            />
          </Form.Item>
        )}
      </div>
      <Form.Item
        name="holderId"
        label={t("posts.holder")}
        rules={[{ required: true, message: t("posts.required") }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={residents.loading}
          options={(residents.data?.grid?.residents ?? []).map((p) => ({
            value: p.id,
            label: p.name,
          }))}
        />
      </Form.Item>
      <div className="posts-form__row">
        <Form.Item
          name="startsOn"
          label={t("posts.startsOn")}
          rules={[{ required: true, message: t("posts.required") }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t("posts.endsOn")}
          rules={[{ required: true, message: t("posts.required") }]}
        >
          <Input type="date" />
        </Form.Item>
      </div>
      <ActionError
        failure={failure}
        fields={FIELDS}
        explain={(f) => {
          // CONFLICT names who holds the place, and from when to when.
          const x = f.extensions ?? {};
          if (f.problem !== "conflict" || typeof x.holderName !== "string" || !tried) return null;
          return t(tried.kind === "DORM_HEAD" ? "posts.heldInRoom" : "posts.heldInGrid", {
            kind: label("GovernancePostKind", tried.kind),
            name: x.holderName,
            from: String(x.heldFrom),
            until: String(x.heldUntil),
          });
        }}
      />
      {done && <p role="status">{t("posts.appointed")}</p>}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("posts.appointSubmit")}
      </Button>
    </Form>
  );
}

function EndButton({ postId, onDone }: { postId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [end, { loading }] = useMutation(END);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  return (
    <>
      <Button
        size="small"
        loading={loading}
        onClick={() =>
          void (async () => {
            const refused = await attempt(
              () => end({ variables: { postId }, errorPolicy: "all" }),
              "endGovernancePost",
            );
            if (refused) setFailure(refused);
            else onDone();
          })()
        }
      >
        {t("posts.end")}
      </Button>
      <ActionError failure={failure} fields={{}} />
    </>
  );
}

/**
 * 学生自治岗位: the grid's floor head, safety officer and its rooms' dorm heads, held or ahead; the
 * grid's leader or counselor, the building's leader or an administrator appoints and ends them here.
 */
export function GridPostsSection({ gridId }: { gridId: string }) {
  const { t, label } = useI18n();
  const { data, refetch } = useQuery(GRID_POSTS, {
    variables: { id: gridId },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
  const grid = data?.grid;
  const mayAppoint = useMayAppoint(gridId, grid?.building.id);
  if (!grid) return null;
  return (
    <ProfileSection id="governance-posts" title={t("posts.title")} problem={null}>
      {grid.governancePosts.length === 0 ? (
        <EmptyText>{t("posts.none")}</EmptyText>
      ) : (
        <ul className="posts-list">
          {grid.governancePosts.map((post) => (
            <li key={post.id} data-post={post.id}>
              <Tag color="geekblue">{label("GovernancePostKind", post.kind)}</Tag>
              {post.room && <span>{t("posts.roomNumber", { number: post.room.number })} </span>}
              <Link to={paths.person(post.holder.id)}>{post.holder.name}</Link>{" "}
              <span className="posts-list__term">
                {post.startsOn}–{post.endsOn}
              </span>
              {mayAppoint && <EndButton postId={post.id} onDone={() => void refetch()} />}
            </li>
          ))}
        </ul>
      )}
      {mayAppoint && (
        <AppointForm gridId={gridId} rooms={grid.rooms} onDone={() => void refetch()} />
      )}
    </ProfileSection>
  );
}

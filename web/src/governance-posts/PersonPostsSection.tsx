import { useQuery } from "@apollo/client";
import { Tag } from "antd";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { ProfileSection } from "../profile/ProfileSection";
import { Link, paths } from "../router";
import "./governance-posts.css";

export const PERSON_POSTS = graphql(`
  query PersonGovernancePosts($id: ID!) {
    person(id: $id) {
      id
      governancePosts {
        id
        kind
        startsOn
        endsOn
        endedOn
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
    }
  }
`);

/**
 * 学生自治岗位 on a student's profile: their floor-head, dorm-head and safety-officer posts, past
 * ones too (public roles in a building); left out for a student who never held one.
 */
export function PersonPostsSection({ personId }: { personId: string }) {
  const { t, label } = useI18n();
  const { data } = useQuery(PERSON_POSTS, { variables: { id: personId }, errorPolicy: "all" });
  const posts = data?.person?.governancePosts;
  if (!posts?.length) return null;
  return (
    <ProfileSection id="governance-posts" title={t("posts.title")} problem={null}>
      <ul className="posts-list">
        {posts.map((post) => (
          <li key={post.id} data-post={post.id}>
            <Tag color="geekblue">{label("GovernancePostKind", post.kind)}</Tag>
            {post.room ? (
              <span>
                {t("posts.roomIn", {
                  building: post.room.building.name,
                  number: post.room.number,
                })}{" "}
              </span>
            ) : (
              post.grid && <Link to={paths.grid(post.grid.id)}>{post.grid.name}</Link>
            )}{" "}
            <span className="posts-list__term">
              {post.startsOn}–{post.endedOn ?? post.endsOn}
            </span>
            {post.endedOn && <Tag>{t("posts.ended")}</Tag>}
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}

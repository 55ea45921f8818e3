import { useQuery } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";
import { Tag } from "antd";
import { useEffect } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import { Facts, ProfileSection } from "../profile/ProfileSection";
import { Link, paths } from "../router";
import { EmptyText } from "../ui/feedback";
import { MissingEntity } from "../pages/MissingEntity";
import { PersonName } from "../pages/PersonName";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { CardState, MoreLink, Refusal, WarningList, refused } from "./HomeParts";

/**
 * 楼栋: a building as its leader looks after it: its leader, floors, grids with their leaders,
 * rooms floor by floor with their beds and residents (only the residents the caller may see: the
 * server leaves out the others and audits each one listed), and the open warnings of the people
 * living there that the caller may list (null, with FORBIDDEN, when they cover none).
 */
export const BUILDING_PAGE = graphql(`
  query BuildingPage($id: ID!) {
    building(id: $id) {
      id
      name
      floors
      campus {
        id
        name
      }
      college {
        id
        name
      }
      leader {
        id
        name
        number
      }
      grids {
        id
        name
        residentCount
        leader {
          id
          name
          number
        }
      }
      rooms {
        id
        number
        floor
        capacity
        bedsInUse
        outOfUseOn
        grid {
          id
          name
        }
        residents {
          id
          name
          number
        }
      }
      warnings(first: 20, orderBy: DUE_AT) {
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

type BuildingData = NonNullable<NonNullable<ReturnType<typeof useBuilding>["data"]>["building"]>;

function useBuilding(id: string) {
  return useQuery(BUILDING_PAGE, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "cache-and-network",
  });
}

function warningsRefused(errors: readonly GraphQLFormattedError[]) {
  return refused(errors.filter((e) => e.path?.[0] === "building" && e.path[1] === "warnings"));
}

function BuildingWarnings({ building, forbidden }: { building: BuildingData; forbidden: boolean }) {
  const { t } = useI18n();
  if (building.warnings)
    return (
      <WarningList
        warnings={building.warnings.edges.map((e) => e.node)}
        total={building.warnings.totalCount}
      />
    );
  return forbidden ? (
    <Refusal text={t("home.forbidden.building")} detail={t("home.forbidden.buildingDetail")} />
  ) : (
    <EmptyText>{t("home.failed")}</EmptyText>
  );
}

/** The building on a building leader's home: its grids and open warnings, and the way to its page. */
export function BuildingCard({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useBuilding(id);
  const building = data?.building;
  return (
    <div className="home-unit" data-building={id}>
      <h3 className="home-unit__title">
        {building ? (
          <Link to={paths.building(building.id)}>{building.name}</Link>
        ) : (
          t("home.building.title")
        )}
      </h3>
      <CardState
        loading={loading}
        error={error}
        hasData={!!building}
        forbidden={t("home.forbidden.building")}
        failed={t("home.failed")}
        retry={refetch}
      />
      {building && (
        <>
          <p className="section-note">
            {t("home.building.meta", {
              floors: building.floors,
              grids: building.grids.length,
              rooms: building.rooms.length,
            })}
          </p>
          <h4 className="home-unit__sub">{t("home.grid.openWarnings")}</h4>
          <BuildingWarnings
            building={building}
            forbidden={warningsRefused(error?.graphQLErrors ?? [])}
          />
          <MoreLink to={paths.building(building.id)}>{t("home.building.open")}</MoreLink>
        </>
      )}
    </div>
  );
}

export function BuildingPage({ id }: { id: string }) {
  const { t, localDate } = useI18n();
  const { data, loading, error, refetch } = useBuilding(id);
  const building = data?.building ?? null;
  useDocumentTitle(
    building ? `${building.name} · ${t("home.building.title")}` : t("home.building.title"),
  );
  const shownId = building?.id;
  useEffect(() => {
    if (shownId) document.getElementById("page-heading")?.focus({ preventScroll: true });
  }, [shownId]);
  const back = (
    <p className="back-link">
      <Link to={paths.home()}>← {t("home.back")}</Link>
    </p>
  );
  if (!building)
    return (
      <MissingEntity
        back={back}
        loading={loading}
        error={error}
        refetch={refetch}
        text={{
          loading: t("home.building.loading"),
          failed: t("home.failed"),
          notFoundTitle: t("home.building.title"),
          notFoundBody: t("home.building.notFound", { id }),
        }}
      />
    );
  const floors = [...new Set(building.rooms.map((r) => r.floor))].sort((a, b) => a - b);
  return (
    <>
      {back}
      <header className="profile-header">
        <PageHeading>{building.name}</PageHeading>
        <p className="profile-header__meta">
          <Tag color="blue">{t("home.building.title")}</Tag>
          <span>{building.campus.name}</span>
          {building.college && <span>{building.college.name}</span>}
        </p>
      </header>
      <div className="profile-grid">
        <ProfileSection id="building" title={t("home.building.title")} problem={null}>
          <Facts
            items={[
              { label: t("home.building.campus"), value: building.campus.name },
              { label: t("home.building.college"), value: building.college?.name },
              {
                label: t("home.building.leader"),
                value: building.leader ? (
                  <PersonName person={building.leader} />
                ) : (
                  t("home.building.noLeader")
                ),
              },
              {
                label: t("home.building.floors"),
                value: t("home.building.floorsValue", { count: building.floors }),
              },
            ]}
          />
        </ProfileSection>
        <ProfileSection id="building-grids" title={t("home.building.grids")} problem={null}>
          {building.grids.length === 0 ? (
            <EmptyText>{t("home.building.noGrids")}</EmptyText>
          ) : (
            <ul className="home-list" data-list="grids">
              {building.grids.map((g) => (
                <li key={g.id} data-grid={g.id}>
                  <Link to={paths.grid(g.id)}>{g.name}</Link>
                  <span className="home-list__extra">
                    {t("home.branch.residents", { count: g.residentCount })}
                  </span>
                  <span className="home-list__extra" data-grid-leader>
                    {g.leader
                      ? t("home.building.gridLeader", { name: g.leader.name })
                      : t("home.building.noGridLeader")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ProfileSection>
        <ProfileSection id="building-warnings" title={t("home.grid.openWarnings")} problem={null}>
          <BuildingWarnings
            building={building}
            forbidden={warningsRefused(error?.graphQLErrors ?? [])}
          />
        </ProfileSection>
        <ProfileSection id="building-rooms" title={t("home.grid.rooms")} problem={null}>
          {floors.map((floor) => (
            <div key={floor} className="building-floor" data-floor={floor}>
              <h3 className="home-rooms__floor">{t("home.building.floor", { floor })}</h3>
              <ul className="building-rooms">
                {building.rooms
                  .filter((r) => r.floor === floor)
                  .map((r) => (
                    <li
                      key={r.id}
                      className="building-room"
                      data-room={r.id}
                      data-out-of-use={r.outOfUseOn ? "" : undefined}
                    >
                      <span className="building-room__number">{r.number}</span>
                      <span className="building-room__beds" data-beds={r.bedsInUse}>
                        {t("home.building.beds", { used: r.bedsInUse, capacity: r.capacity })}
                      </span>
                      {r.grid && <span className="building-room__grid">{r.grid.name}</span>}
                      {r.outOfUseOn && (
                        <Tag>{t("home.building.outOfUse", { day: localDate(r.outOfUseOn) })}</Tag>
                      )}
                      {r.residents.length > 0 && (
                        <span className="building-room__residents">
                          {r.residents.map((p) => (
                            <span key={p.id} data-person={p.id}>
                              <PersonName person={p} />
                            </span>
                          ))}
                        </span>
                      )}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </ProfileSection>
      </div>
    </>
  );
}

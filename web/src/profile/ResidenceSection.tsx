import type { ResultOf } from "@graphql-typed-document-node/core";
import { Tag } from "antd";
import { graphql } from "../generated";
import type { Role } from "../graphql/types";
import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";
import { EmptyText } from "../ui/feedback";
import { Facts, ProfileSection } from "./ProfileSection";
import { problemOf, type SectionErrors, type SectionProblem } from "./sectionErrors";

/** 住宿与网格: the organisation subgraph's residence, grid and party branch for a person. */
export const ResidenceSection_person = graphql(`
  fragment ResidenceSection_person on Person {
    id
    residence {
      id
      bed
      movedInOn
      room {
        id
        number
        floor
        building {
          id
          name
        }
      }
    }
    grid {
      id
      name
      branch {
        id
        name
      }
    }
    branch {
      id
      name
      kind
    }
    responsibleStaff {
      role
      name
    }
  }
`);

/** `responsibleStaff`: who is on duty for the student (counselor, grid leader, ...); null when refused. */
export type ResidenceSectionPerson = ResultOf<typeof ResidenceSection_person>;

/** Residence, grid and branch all null next to an unplaced error: organisation did not answer. */
export function residenceProblem(
  person: ResidenceSectionPerson,
  { errors, unattributed }: SectionErrors,
): SectionProblem {
  return (
    problemOf(errors) ??
    (unattributed && !person.residence && !person.grid && !person.branch ? "unavailable" : null)
  );
}

export function ResidenceSection({
  person,
  errors,
}: {
  person: ResidenceSectionPerson;
  errors: SectionErrors;
}) {
  const { t, label, localDate } = useI18n();
  const problem = residenceProblem(person, errors);
  const { residence, grid, branch, responsibleStaff } = person;
  const room = residence?.room ?? null;
  return (
    <ProfileSection id="residence" title={t("section.residence")} problem={problem}>
      {residence ? (
        <Facts
          items={[
            { label: t("residence.building"), value: room?.building?.name },
            { label: t("residence.room"), value: room?.number },
            {
              label: t("residence.floor"),
              value: room ? t("residence.floorValue", { floor: room.floor }) : null,
            },
            {
              label: t("residence.bed"),
              // Null when RESIDENCE is refused for this field: a dash, not "null 号床".
              value:
                residence.bed === null ? null : t("residence.bedValue", { bed: residence.bed }),
            },
            { label: t("residence.movedInOn"), value: localDate(residence.movedInOn) },
          ]}
        />
      ) : (
        !problem && <EmptyText>{t("residence.none")}</EmptyText>
      )}
      <Facts
        items={[
          {
            label: t("residence.grid"),
            value: grid ? (
              <Link
                to={paths.grid(grid.id)}
                title={t("residence.openGrid")}
                data-grid-link={grid.id}
              >
                {grid.name}
              </Link>
            ) : problem ? null : (
              t("residence.noGrid")
            ),
            key: "grid",
          },
          { label: t("residence.gridBranch"), value: grid?.branch?.name },
          {
            label: t("residence.branch"),
            value: branch ? (
              <>
                {branch.name} <Tag>{label("OrgUnitKind", branch.kind)}</Tag>
              </>
            ) : problem ? null : (
              t("residence.noBranch")
            ),
          },
          ...(responsibleStaff?.length
            ? [
                {
                  label: t("residence.staff"),
                  value: responsibleStaff
                    .map((s) => `${label("Role", s.role.toLowerCase() as Role)} ${s.name}`)
                    .join(" · "),
                  key: "staff",
                },
              ]
            : []),
        ]}
      />
    </ProfileSection>
  );
}

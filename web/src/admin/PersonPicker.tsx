import { useQuery } from "@apollo/client";
import { Select } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { PersonKind } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";

export const PERSON_SEARCH = graphql(`
  query AdminPersonSearch($search: String!, $kind: PersonKind) {
    people(first: 10, filter: { search: $search, kind: $kind }) {
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

export interface PickedPerson {
  id: string;
  name: string;
  number: string;
}

/**
 * A person found by the start of their name or number, among those the server lets the caller
 * list (administrators: everyone; auditors: every student and the staff).
 */
export function PersonPicker({
  kind,
  value,
  onChange,
  id,
  placeholder,
}: {
  kind?: PersonKind;
  value?: PickedPerson | null;
  onChange?: (person: PickedPerson | null) => void;
  id?: string;
  placeholder?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const found = useQuery(PERSON_SEARCH, {
    variables: { search: search.trim(), kind },
    skip: search.trim() === "",
  });
  const people = found.data?.people.edges.map((e) => e.node) ?? [];
  const options = [...(value && !people.some((p) => p.id === value.id) ? [value] : []), ...people];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      className="admin-person-picker"
      placeholder={placeholder ?? t("admin.person.placeholder")}
      value={value?.id ?? null}
      loading={found.loading}
      notFoundContent={search.trim() ? t("admin.person.none") : t("admin.person.type")}
      options={options.map((p) => ({ value: p.id, label: `${p.name} · ${p.number}` }))}
      onChange={(personId: string | null | undefined) =>
        onChange?.(options.find((p) => p.id === personId) ?? null)
      }
    />
  );
}

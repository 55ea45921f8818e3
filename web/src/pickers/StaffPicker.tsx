import { useQuery } from "@apollo/client";
import { Select } from "antd";
import { useState } from "react";
import type { PickedPerson } from "../admin/PersonPicker";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import "./pickers.css";

export const FIND_STAFF = graphql(`
  query FindStaff($search: String!) {
    findStaff(search: $search) {
      id
      name
      number
    }
  }
`);

/** The same shape as the administrators' PersonPicker picks. */
export type { PickedPerson };

/**
 * A member of staff (a mentor, a supervisor) found by their name, its pinyin or their staff
 * number: what anyone signed in may look up, students included (findStaff); never students.
 */
export function StaffPicker({
  value,
  onChange,
  id,
  ariaLabel,
}: {
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  id?: string;
  ariaLabel?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const text = search.trim();
  const found = useQuery(FIND_STAFF, { variables: { search: text }, skip: text === "" });
  const staff = found.data?.findStaff ?? [];
  const options = [...(value && !staff.some((p) => p.id === value.id) ? [value] : []), ...staff];
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      className="staff-picker"
      placeholder={t("pickers.staff.placeholder")}
      value={value?.id ?? null}
      loading={found.loading}
      notFoundContent={text ? t("pickers.staff.none") : t("pickers.staff.type")}
      options={options.map((p) => ({ value: p.id, label: `${p.name} · ${p.number}` }))}
      onChange={(personId: string | null | undefined) =>
        onChange(options.find((p) => p.id === personId) ?? null)
      }
    />
  );
}

import { useApolloClient } from "@apollo/client";
import { Button, Input, Space, Tag, Typography } from "antd";
import { useState, type KeyboardEvent } from "react";
import { graphql } from "../generated";
import { useI18n } from "../i18n/I18nProvider";
import "./pickers.css";
import type { PickedPerson } from "./StaffPicker";

export const FIND_STUDENT = graphql(`
  query FindStudent($number: String!, $name: String!) {
    findStudent(number: $number, name: $name) {
      id
      name
      number
    }
  }
`);

/**
 * Teammates named by 学号 and name together (findStudent): a student adds a classmate they know,
 * with no directory of students to browse; a pair that does not match adds nobody and says so.
 */
export function TeammatesField({
  value,
  onChange,
  exclude = [],
}: {
  value: readonly PickedPerson[];
  onChange: (people: PickedPerson[]) => void;
  /** Who cannot be a teammate here (the leader, signed in). */
  exclude?: readonly string[];
}) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [number, setNumber] = useState("");
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<"noMatch" | "already" | "failed" | null>(null);
  const [looking, setLooking] = useState(false);
  const add = async () => {
    setProblem(null);
    setLooking(true);
    try {
      const { data } = await client.query({
        query: FIND_STUDENT,
        variables: { number: number.trim(), name: name.trim() },
        fetchPolicy: "network-only",
      });
      const found = data?.findStudent;
      if (!found) setProblem("noMatch");
      else if (value.some((p) => p.id === found.id) || exclude.includes(found.id))
        setProblem("already");
      else {
        onChange([...value, found]);
        setNumber("");
        setName("");
      }
    } catch {
      setProblem("failed");
    } finally {
      setLooking(false);
    }
  };
  const ready = number.trim() !== "" && name.trim() !== "";
  /** Enter in either box adds the teammate (once both are typed), never submits the form around it. */
  const addOnEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    e.preventDefault();
    if (ready) void add();
  };
  return (
    <div className="teammates" data-teammates={value.length}>
      {value.length > 0 && (
        <div className="teammates__list">
          {value.map((p) => (
            <Tag
              key={p.id}
              closable
              data-teammate={p.id}
              onClose={() => onChange(value.filter((q) => q.id !== p.id))}
            >
              {p.name} · {p.number}
            </Tag>
          ))}
        </div>
      )}
      <Space.Compact block>
        <Input
          aria-label={t("pickers.teammate.number")}
          placeholder={t("pickers.teammate.number")}
          value={number}
          maxLength={50}
          onChange={(e) => setNumber(e.target.value)}
          onPressEnter={addOnEnter}
        />
        <Input
          aria-label={t("pickers.teammate.name")}
          placeholder={t("pickers.teammate.name")}
          value={name}
          maxLength={50}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={addOnEnter}
        />
        <Button onClick={() => void add()} loading={looking} disabled={!ready}>
          {t("pickers.teammate.add")}
        </Button>
      </Space.Compact>
      {problem && (
        <Typography.Text type="danger" role="alert" data-problem={problem}>
          {t(`pickers.teammate.${problem}`)}
        </Typography.Text>
      )}
    </div>
  );
}

import type { FormInstance } from "antd";
import { useCallback, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { ActionFailure } from "./actionErrors";

type FieldPath = (string | number)[];

/** A server's name for a field the form calls otherwise (e.g. `memberId` for the staff picker). */
export type FieldAliases = Readonly<Record<string, string | FieldPath>>;

const toPath = (name: string | FieldPath): FieldPath =>
  Array.isArray(name) ? name : name.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((part, i) => String(part) === String(b[i]));

/**
 * The form field a BAD_USER_INPUT refusal names in `extensions.field`, if the form has it. A
 * subgraph names a field by its path from the argument (`input.conditions.0.threshold`) or by its
 * own name (`note`); the argument's name is dropped and ever shorter tails are tried, so a form
 * whose fields (and Form.List rows) are named as the input's are found without a table.
 */
export function formFieldOf(
  form: FormInstance,
  serverField: string,
  aliases?: FieldAliases,
): FieldPath | null {
  const parts = toPath(serverField);
  const candidates: FieldPath[] = [];
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i);
    const alias = aliases?.[tail.join(".")];
    if (alias) candidates.push(toPath(alias));
    candidates.push(tail);
  }
  const registered = form.getFieldsError().map((f) => f.name);
  return candidates.find((c) => registered.some((name) => samePath(name, c))) ?? null;
}

/**
 * A form's refusals: a BAD_USER_INPUT naming one of the form's fields is shown beside that field
 * (in the user's language, then the server's own words); anything else is returned as the
 * refusal to show next to the form's button (`ActionError`). One helper for every form.
 */
export function useFormRefusal(form: FormInstance, aliases?: FieldAliases) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const report = useCallback(
    (next: ActionFailure | null) => {
      const field =
        next?.problem === "badInput" && next.field ? formFieldOf(form, next.field, aliases) : null;
      if (next && field) {
        form.setFields([
          {
            name: field,
            errors: [t("form.serverRejected"), ...(next.detail ? [next.detail] : [])],
          },
        ]);
        setFailure(null);
        return;
      }
      setFailure(next);
    },
    [form, aliases, t],
  );
  return [failure, report] as const;
}

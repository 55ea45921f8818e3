import { useMutation, useQuery } from "@apollo/client";
import { Button, Form, InputNumber, Select } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { GrowthDomain } from "../generated/graphql";
import { ActionError, attempt } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { useI18n } from "../i18n/I18nProvider";
import { LoadError, Loading } from "../ui/feedback";

export const SCHEME_TERMS = graphql(`
  query AdminSchemeTerms {
    campusCalendar {
      currentTerm
      previousTerm
    }
  }
`);

export const EVALUATION_SCHEME = graphql(`
  query AdminEvaluationScheme($term: String!) {
    evaluationScheme(term: $term) {
      id
      term
      isDefault
      pointsForFullMarks
      updatedAt
      weights {
        domain
        weight
      }
    }
  }
`);

export const SET_EVALUATION_SCHEME = graphql(`
  mutation AdminSetEvaluationScheme($input: SetEvaluationSchemeInput!) {
    setEvaluationScheme(input: $input) {
      id
      term
      isDefault
      pointsForFullMarks
      updatedAt
      weights {
        domain
        weight
      }
    }
  }
`);

const DOMAINS: readonly GrowthDomain[] = [
  "MORAL",
  "INTELLECTUAL",
  "PHYSICAL",
  "AESTHETIC",
  "LABOUR",
];

type SchemeValues = Partial<Record<GrowthDomain, number | null>> & {
  pointsForFullMarks?: number | null;
};

/** 综合评价方案: the term's five weights and the points for full marks. */
export function EvaluationSchemeTab() {
  const { t } = useI18n();
  const terms = useQuery(SCHEME_TERMS);
  const [term, setTerm] = useState<string | null>(null);
  const calendar = terms.data?.campusCalendar;
  const chosen = term ?? calendar?.currentTerm ?? null;
  if (!calendar) return terms.loading ? <Loading /> : <LoadError text={t("admin.loadFailed")} />;
  return (
    <div className="admin-tab" data-tab="scheme">
      <label className="admin-inline-field">
        <span>{t("admin.scheme.term")}</span>
        <Select<string>
          value={chosen ?? undefined}
          onChange={setTerm}
          options={[calendar.currentTerm, calendar.previousTerm].map((v) => ({
            value: v,
            label: v,
          }))}
        />
      </label>
      {chosen && <SchemeForm key={chosen} term={chosen} />}
    </div>
  );
}

function SchemeForm({ term }: { term: string }) {
  const { t, label, dateTime } = useI18n();
  const scheme = useQuery(EVALUATION_SCHEME, { variables: { term }, fetchPolicy: "network-only" });
  const [form] = Form.useForm<SchemeValues>();
  const [failure, report] = useFormRefusal(form);
  const [save, { loading }] = useMutation(SET_EVALUATION_SCHEME, { errorPolicy: "all" });
  const [saved, setSaved] = useState(false);
  if (scheme.loading && !scheme.data) return <Loading />;
  if (scheme.error && !scheme.data)
    return <LoadError text={t("admin.loadFailed")} retry={() => scheme.refetch()} />;
  const current = scheme.data?.evaluationScheme;
  const initial: SchemeValues = { pointsForFullMarks: current?.pointsForFullMarks ?? 20 };
  for (const d of DOMAINS) initial[d] = current?.weights.find((w) => w.domain === d)?.weight ?? 0.2;
  return (
    <section className="admin-form" data-form="scheme">
      <p className="section-note" data-scheme-default={String(current?.isDefault ?? true)}>
        {!current || current.isDefault
          ? t("admin.scheme.default")
          : t("admin.scheme.setAt", { at: current.updatedAt ? dateTime(current.updatedAt) : "" })}
      </p>
      <Form<SchemeValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setSaved(false)}
        onFinish={(v) => {
          void (async () => {
            const failed = await attempt(
              () =>
                save({
                  variables: {
                    input: {
                      term,
                      weights: DOMAINS.map((d) => ({ domain: d, weight: v[d] ?? 0 })),
                      pointsForFullMarks: v.pointsForFullMarks ?? 0,
                    },
                  },
                }),
              "setEvaluationScheme",
            );
            report(failed);
            if (!failed) setSaved(true);
          })();
        }}
      >
        <div className="admin-filters">
          {DOMAINS.map((d) => (
            <Form.Item
              key={d}
              name={d}
              label={t("admin.scheme.weight", { domain: label("GrowthDomain", d) })}
              rules={[{ required: true, message: t("admin.required") }]}
            >
              <InputNumber min={0} max={1} step={0.05} />
            </Form.Item>
          ))}
        </div>
        <Form.Item
          name="pointsForFullMarks"
          label={t("admin.scheme.points")}
          rules={[{ required: true, message: t("admin.required") }]}
        >
          <InputNumber min={0} max={10000} />
        </Form.Item>
        <p className="section-note">{t("admin.scheme.sumRule")}</p>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t("admin.scheme.save")}
        </Button>
        {saved && (
          <p className="admin-done" role="status">
            {t("admin.scheme.saved")}
          </p>
        )}
        <ActionError failure={failure} fields={{ weights: "admin.scheme.weights" }} />
      </Form>
    </section>
  );
}

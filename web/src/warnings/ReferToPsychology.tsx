import { useMutation } from "@apollo/client";
import { App, Button, Form, Input, Select } from "antd";
import { useState } from "react";
import { PersonPicker, type PickedPerson } from "../admin/PersonPicker";
import { graphql } from "../generated";
import type { MentalHealthCategory } from "../generated/graphql";
import { ActionError, attempt } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import { MAX_TEXT_LENGTH } from "../graphql/limits";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";

export const REFER_TO_PSYCHOLOGY = graphql(`
  mutation ReferToPsychology($input: ReferToPsychologyInput!) {
    referToPsychology(input: $input) {
      id
      status
      category
    }
  }
`);

const CATEGORIES: readonly MentalHealthCategory[] = ["GENERAL", "ATTENTION", "PRIORITY", "CRISIS"];

interface ReferValues {
  teacher: PickedPerson;
  category: MentalHealthCategory;
  note: string;
}

/**
 * 转介心理: refers the student a warning is about to a psychology teacher, found by name or staff
 * number (the people the caller may list). Offered when the server's availableActions has REFER_TO_PSYCHOLOGY (staff holding
 * MENTAL_HEALTH for the student); the referral then opens the student to that teacher's care.
 */
export function ReferToPsychology({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ReferValues>();
  const [failure, report] = useFormRefusal(form);
  const [refer, { loading }] = useMutation(REFER_TO_PSYCHOLOGY, {
    refetchQueries: ["WarningDetail"],
    errorPolicy: "all",
  });
  if (!open)
    return (
      <div className="action">
        <Button data-action="refer-psychology" onClick={() => setOpen(true)}>
          {t("refer.open")}
        </Button>
      </div>
    );
  const submit = async ({ teacher, category, note }: ReferValues) => {
    const referredToId = teacher.id;
    const refused = await attempt(
      () =>
        refer({
          variables: { input: { personId, referredToId, category, note: note.trim() } },
        }),
      "referToPsychology",
    );
    report(refused);
    if (!refused) {
      form.resetFields();
      setOpen(false);
      void message.success(t("refer.done"));
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      className="action"
      data-action="refer-psychology-form"
      name={`refer-psychology-${personId}`}
      initialValues={{ category: "ATTENTION" }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="teacher"
        label={t("refer.teacher")}
        rules={[{ required: true, message: t("form.choose", { label: t("refer.teacher") }) }]}
      >
        <PersonPicker kind="STAFF" placeholder={t("refer.teacherPlaceholder")} />
      </Form.Item>
      <Form.Item name="category" label={t("refer.category")} rules={[{ required: true }]}>
        <Select
          options={CATEGORIES.map((c) => ({
            value: c,
            label: t(`refer.category.${c}` as MessageKey),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t("refer.note")}
        rules={[
          { required: true, whitespace: true, message: t("refer.noteRequired") },
          { max: MAX_TEXT_LENGTH },
        ]}
      >
        <Input.TextArea rows={2} maxLength={MAX_TEXT_LENGTH} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t("refer.submit")}
      </Button>
      <ActionError failure={failure} />
    </Form>
  );
}

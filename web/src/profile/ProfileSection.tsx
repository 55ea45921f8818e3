import { Alert, Card, Descriptions } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { SectionProblem } from "./sectionErrors";

/** One section of the profile: a headed region (a card), with a notice when part of it could not be read. */
export function ProfileSection({
  id,
  title,
  problem,
  children,
}: {
  id: string;
  title: ReactNode;
  problem: SectionProblem;
  children?: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="profile-section" id={id} aria-labelledby={headingId} data-section={id}>
      <Card
        title={
          <h2 id={headingId} className="profile-section__title">
            {title}
          </h2>
        }
      >
        {problem && <SectionNotice problem={problem} />}
        {children}
      </Card>
    </section>
  );
}

export function SectionNotice({ problem }: { problem: Exclude<SectionProblem, null> }) {
  const { t } = useI18n();
  const forbidden = problem === "forbidden";
  return (
    <Alert
      className="notice"
      type={forbidden ? "info" : "warning"}
      showIcon
      data-notice={problem}
      title={t(forbidden ? "notice.forbidden" : "notice.unavailable")}
      description={t(forbidden ? "notice.forbiddenDetail" : "notice.unavailableDetail")}
    />
  );
}

/** A label–value list; a missing value shows as a dash. */
export function Facts({ items }: { items: { label: string; value: ReactNode; key?: string }[] }) {
  const { t } = useI18n();
  return (
    <Descriptions
      className="facts"
      column={1}
      size="small"
      items={items.map((item) => ({
        key: item.key ?? item.label,
        label: item.label,
        children:
          item.value === null || item.value === undefined || item.value === ""
            ? t("app.none")
            : item.value,
      }))}
    />
  );
}

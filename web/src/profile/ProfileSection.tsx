import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { SectionProblem } from "./sectionErrors";

/** One section of the profile: a headed region, with a notice when part of it could not be read. */
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
      <h2 id={headingId} className="profile-section__title">
        {title}
      </h2>
      {problem && <SectionNotice problem={problem} />}
      {children}
    </section>
  );
}

export function SectionNotice({ problem }: { problem: Exclude<SectionProblem, null> }) {
  const { t } = useI18n();
  const forbidden = problem === "forbidden";
  return (
    <div
      className={`notice ${forbidden ? "notice--forbidden" : "notice--unavailable"}`}
      role="status"
      data-notice={problem}
    >
      <div>
        <strong className="notice__title">
          {t(forbidden ? "notice.forbidden" : "notice.unavailable")}
        </strong>
        <p className="notice__detail">
          {t(forbidden ? "notice.forbiddenDetail" : "notice.unavailableDetail")}
        </p>
      </div>
    </div>
  );
}

/** A label–value list; a missing value shows as a dash. */
export function Facts({ items }: { items: { label: string; value: ReactNode; key?: string }[] }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      {items.map((item) => (
        <div className="facts__row" key={item.key ?? item.label}>
          <dt>{item.label}</dt>
          <dd>
            {item.value === null || item.value === undefined || item.value === ""
              ? t("app.none")
              : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

import { Tag } from "antd";
import type { AttendanceStatus } from "../generated/graphql";
import { useI18n } from "../i18n/I18nProvider";

const COLOR: Record<AttendanceStatus, string | undefined> = {
  PRESENT: "green",
  LATE: "gold",
  ABSENT: "red",
  EXCUSED: "blue",
};

/** 出勤 / 迟到 / 缺勤 / 请假, or 未签到 while nothing counts yet. */
export function AttendanceTag({ status }: { status: AttendanceStatus | null | undefined }) {
  const { t } = useI18n();
  if (!status) return <Tag data-attendance-tag="none">{t("courses.status.none")}</Tag>;
  return (
    <Tag color={COLOR[status]} data-attendance-tag={status}>
      {t(`courses.status.${status}`)}
    </Tag>
  );
}

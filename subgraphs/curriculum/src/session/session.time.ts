import { CAMPUS_TIME_ZONE } from "@campus/subgraph";

const format = new Intl.DateTimeFormat("zh-CN", {
  timeZone: CAMPUS_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const clock = new Intl.DateTimeFormat("zh-CN", {
  timeZone: CAMPUS_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A session's time in campus time, for a message a person reads: "2031/03/01 18:00–19:30". */
export function campusTimeSpan(startsAt: Date, endsAt: Date): string {
  return `${format.format(startsAt)}–${clock.format(endsAt)}`;
}

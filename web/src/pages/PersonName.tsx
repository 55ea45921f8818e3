import { useI18n } from "../i18n/I18nProvider";
import { Link, paths } from "../router";

/** A person another subgraph refers to; null when people no longer knows the id (NOT_FOUND on that field). */
export type PersonRef = { id: string; name: string; number: string } | null;

/**
 * The person's name and number, linked to `href` (default: their profile). A reference that no
 * longer resolves says so in place, so one dangling row never blanks a whole list.
 */
export function PersonName({
  person,
  href,
  separator = "",
}: {
  person: PersonRef;
  href?: string;
  separator?: string;
}) {
  const { t } = useI18n();
  if (!person) {
    return (
      <span className="person-link person-link--unknown" data-person-unknown="true">
        {t("person.unknown")}
      </span>
    );
  }
  return (
    <>
      <Link to={href ?? paths.person(person.id)} className="person-link">
        {person.name}
      </Link>
      {separator}
      <span className="queue-row__number mono">{person.number}</span>
    </>
  );
}

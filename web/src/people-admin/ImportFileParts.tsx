import { ActionError, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import type { RosterFileError } from "./rosterFile";

/** The spreadsheet chooser of an import page (.xlsx or .csv); `marker` names it for whoever reads the page. */
export function SpreadsheetInput({
  marker,
  busy,
  onFile,
}: {
  marker: `data-${string}`;
  busy: boolean;
  onFile: (file: File | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="people-admin-file">
      <span>{t("peopleAdmin.file")}</span>
      <input
        type="file"
        accept=".xlsx,.csv"
        {...{ [marker]: true }}
        disabled={busy}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
    </label>
  );
}

/**
 * What stands between a file and its row report, in words: a file that cannot be read (too large,
 * of another type, empty, too many rows), a refusal (`forbidden` in the page's own words) or a
 * failure, and the check under way.
 */
export function ImportState({
  fileProblem,
  maxRows,
  failure,
  forbidden,
  busy,
}: {
  fileProblem: RosterFileError["reason"] | null;
  maxRows: number;
  failure: ActionFailure | null;
  forbidden: string;
  busy: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      {fileProblem && (
        <p className="people-admin-file-problem" role="alert" data-file-problem={fileProblem}>
          {t(`peopleAdmin.fileProblem.${fileProblem}` as MessageKey, { rows: maxRows })}
        </p>
      )}
      {failure && (
        <div data-import-failure={failure.problem}>
          {failure.problem === "forbidden" ? (
            <p role="alert">{forbidden}</p>
          ) : (
            <ActionError failure={failure} />
          )}
        </div>
      )}
      {busy && <p data-state="busy">{t("peopleAdmin.checking")}</p>}
    </>
  );
}

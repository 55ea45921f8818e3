import { useMutation } from "@apollo/client";
import { Button, Radio } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { PeopleAdminImportRosterMutation, PersonKind } from "../generated/graphql";
import { actionFailure, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { ImportState, SpreadsheetInput } from "./ImportFileParts";
import { MAX_ROWS, readRosterFile, RosterFileError, type RosterSheet } from "./rosterFile";

export const IMPORT_ROSTER = graphql(`
  mutation PeopleAdminImportRoster($input: ImportRosterInput!) {
    importRoster(input: $input) {
      committed
      rowCount
      created
      problemCount
      ignoredColumns
      problems {
        row
        column
        reason
        value
      }
    }
  }
`);

type Report = PeopleAdminImportRosterMutation["importRoster"];

/**
 * 名册导入 (`/roster-import`, administrators): choose students or staff and a .xlsx or .csv file;
 * the server checks every row and reports each problem by row and column; when there is none,
 * "confirm" writes the whole file at once. The server decides who may import; a refusal is shown
 * in words.
 */
export function RosterImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t("peopleAdmin.title"));
  const [kind, setKind] = useState<PersonKind>("STUDENT");
  const [sheet, setSheet] = useState<{ name: string; sheet: RosterSheet } | null>(null);
  const [fileProblem, setFileProblem] = useState<RosterFileError["reason"] | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [run] = useMutation(IMPORT_ROSTER, { errorPolicy: "all" });

  const send = async (current: RosterSheet, commit: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await run({
        variables: { input: { kind, header: current.header, rows: current.rows, commit } },
      });
      if (result.data?.importRoster) setReport(result.data.importRoster);
      else setFailure(actionFailure(result.errors ?? []));
    } catch (error) {
      setFailure(actionFailure(error));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    setReport(null);
    setFailure(null);
    setFileProblem(null);
    setSheet(null);
    if (!file) return;
    try {
      const read = await readRosterFile(file);
      setSheet({ name: file.name, sheet: read });
      await send(read, false);
    } catch (error) {
      setFileProblem(error instanceof RosterFileError ? error.reason : "unreadable");
    }
  };

  return (
    <div className="page people-admin-page" data-page="roster-import">
      <PageHeading>{t("peopleAdmin.title")}</PageHeading>
      <p className="section-note">{t("peopleAdmin.intro", { rows: MAX_ROWS })}</p>
      <div className="people-admin-controls">
        <Radio.Group
          value={kind}
          disabled={busy}
          onChange={(e) => {
            setKind(e.target.value as PersonKind);
            setReport(null);
            setSheet(null);
          }}
          options={[
            { value: "STUDENT", label: t("peopleAdmin.kind.STUDENT") },
            { value: "STAFF", label: t("peopleAdmin.kind.STAFF") },
          ]}
        />
        <SpreadsheetInput
          marker="data-roster-file"
          busy={busy}
          onFile={(file) => void choose(file)}
        />
      </div>
      <ImportState
        fileProblem={fileProblem}
        maxRows={MAX_ROWS}
        failure={failure}
        forbidden={t("peopleAdmin.forbidden")}
        busy={busy}
      />
      {report && sheet && (
        <section
          className="people-admin-report"
          data-report={report.committed ? "committed" : report.problemCount ? "problems" : "ready"}
        >
          <h2>{sheet.name}</h2>
          {report.committed ? (
            <p data-created={report.created}>
              {t("peopleAdmin.committed", { count: report.created })}
            </p>
          ) : report.problemCount ? (
            <p data-problem-count={report.problemCount}>
              {t("peopleAdmin.problems", { rows: report.rowCount, count: report.problemCount })}
            </p>
          ) : (
            <p>{t("peopleAdmin.ready", { rows: report.rowCount })}</p>
          )}
          {report.ignoredColumns.length > 0 && (
            <p className="section-note" data-ignored>
              {t("peopleAdmin.ignored", { columns: report.ignoredColumns.join("、") })}
            </p>
          )}
          {report.problems.length > 0 && (
            <ol className="people-admin-problems">
              {report.problems.map((p, i) => (
                <li key={i} data-problem-row={p.row} data-reason={p.reason}>
                  {t("peopleAdmin.problem", {
                    row: p.row,
                    column: p.column ?? "",
                    reason: t(`peopleAdmin.reason.${p.reason}` as MessageKey),
                  })}
                  {p.value ? `：${p.value}` : ""}
                </li>
              ))}
            </ol>
          )}
          {!report.committed && report.problemCount === 0 && (
            <Button
              type="primary"
              loading={busy}
              data-confirm-import
              onClick={() => void send(sheet.sheet, true)}
            >
              {t("peopleAdmin.confirm", { rows: report.rowCount })}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}

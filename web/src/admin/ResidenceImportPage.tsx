import { useMutation } from "@apollo/client";
import { Button } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import type { AdminImportResidencesMutation } from "../generated/graphql";
import { actionFailure, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { readRosterFile, RosterFileError, type RosterSheet } from "../people-admin/rosterFile";
import { ImportState, SpreadsheetInput } from "../people-admin/ImportFileParts";
import { Link, paths } from "../router";

/** Most rows a residence file may have (stageResidenceImport's own limit for a file). */
export const MAX_RESIDENCE_ROWS = 50000;
/** Rows per staged part (the server's most; a request stays under the gateway's 1 MB). */
const PART_ROWS = 5000;

export const STAGE_RESIDENCE_IMPORT = graphql(`
  mutation AdminStageResidenceImport($input: StageResidenceImportInput!) {
    stageResidenceImport(input: $input) {
      importId
      stagedRows
    }
  }
`);

export const IMPORT_RESIDENCES = graphql(`
  mutation AdminImportResidences($input: ImportResidencesInput!) {
    importResidences(input: $input) {
      committed
      rowCount
      movedIn
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

type Report = AdminImportResidencesMutation["importResidences"];

interface Staged {
  name: string;
  importId: string;
}

/**
 * 住宿导入 (`/residence-import`, administrators): a department's .xlsx or .csv of residence
 * allocations (学号, 姓名, 楼栋, 房间, 床位, 入住日期). The file is sent in parts of 5,000 rows
 * and checked as a whole: each problem is shown by row and column; when there is none, "confirm"
 * moves everyone in at once, in one transaction. The server decides who may import.
 */
export function ResidenceImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t("residenceImport.title"));
  const [staged, setStaged] = useState<Staged | null>(null);
  const [fileProblem, setFileProblem] = useState<RosterFileError["reason"] | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [stage] = useMutation(STAGE_RESIDENCE_IMPORT, { errorPolicy: "all" });
  const [run] = useMutation(IMPORT_RESIDENCES, { errorPolicy: "all" });

  /** Runs one step; a refusal or failure is shown in words and stops the steps after it. */
  const step = async <T,>(action: () => Promise<{ data?: T | null; errors?: unknown }>) => {
    const result = await action();
    if (!result.data) {
      setFailure(actionFailure(result.errors ?? []));
      return null;
    }
    return result.data;
  };

  const check = async (importId: string, commit: boolean) => {
    const data = await step(() => run({ variables: { input: { importId, commit } } }));
    if (data) setReport(data.importResidences);
  };

  const send = async (name: string, sheet: RosterSheet) => {
    const importId = crypto.randomUUID();
    for (let at = 0; at < sheet.rows.length; at += PART_ROWS) {
      const rows = sheet.rows.slice(at, at + PART_ROWS);
      const input = { importId, firstRow: at + 2, header: sheet.header, rows };
      if (!(await step(() => stage({ variables: { input } })))) return;
    }
    setStaged({ name, importId });
    await check(importId, false);
  };

  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
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
    setStaged(null);
    if (!file) return;
    let sheet: RosterSheet;
    try {
      sheet = await readRosterFile(file, MAX_RESIDENCE_ROWS);
    } catch (error) {
      setFileProblem(error instanceof RosterFileError ? error.reason : "unreadable");
      return;
    }
    await guarded(() => send(file.name, sheet));
  };

  return (
    <div className="page people-admin-page" data-page="residence-import">
      <PageHeading>{t("residenceImport.title")}</PageHeading>
      <p className="section-note">{t("residenceImport.intro", { rows: MAX_RESIDENCE_ROWS })}</p>
      <p>
        <Link to={paths.admin("residences")}>{t("residenceImport.back")}</Link>
      </p>
      <div className="people-admin-controls">
        <SpreadsheetInput
          marker="data-residence-file"
          busy={busy}
          onFile={(file) => void choose(file)}
        />
      </div>
      <ImportState
        fileProblem={fileProblem}
        maxRows={MAX_RESIDENCE_ROWS}
        failure={failure}
        forbidden={t("residenceImport.forbidden")}
        busy={busy}
      />
      {report && staged && (
        <section
          className="people-admin-report"
          data-report={report.committed ? "committed" : report.problemCount ? "problems" : "ready"}
        >
          <h2>{staged.name}</h2>
          {report.committed ? (
            <p data-moved-in={report.movedIn}>
              {t("residenceImport.committed", { count: report.movedIn })}
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
                    reason: t(`residenceImport.reason.${p.reason}` as MessageKey),
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
              onClick={() => void guarded(() => check(staged.importId, true))}
            >
              {t("residenceImport.confirm", { rows: report.rowCount })}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}

import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { exportXlsx, type XlsxSpec } from "./xlsx";

/**
 * Downloads `spec()` as an .xlsx file. `spec` must build the rows from what the page has already
 * fetched and shows (see xlsx.ts: an export never reads more than its page); it is called on click,
 * so the file holds the page's data at that moment.
 */
export function ExportButton({
  spec,
  label,
  disabled = false,
}: {
  /** May fetch (the roster reads its other pages through the same query, scope and audit). */
  spec: () => XlsxSpec | Promise<XlsxSpec>;
  label?: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const run = async () => {
    setState("busy");
    try {
      await exportXlsx(await spec());
      setState("idle");
    } catch (error) {
      console.error("export failed", error);
      setState("failed");
    }
  };
  return (
    <span className="export" data-print="hide">
      <button
        type="button"
        className="button button--secondary"
        data-export="xlsx"
        disabled={disabled || state === "busy"}
        aria-busy={state === "busy"}
        onClick={() => void run()}
      >
        {state === "busy" ? t("export.busy") : (label ?? t("export.xlsx"))}
      </button>
      {state === "failed" && (
        <span className="export__failed" role="alert">
          {t("export.failed")}
        </span>
      )}
    </span>
  );
}

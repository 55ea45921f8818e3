import { Tabs } from "antd";
import { useSearchParams } from "react-router";
import { useI18n } from "../i18n/I18nProvider";
import { PageHeading, useDocumentTitle } from "../pages/PageHeading";
import { Link, paths } from "../router";
import { EvaluationSchemeTab } from "./EvaluationSchemeTab";
import { JobsTab } from "./JobsTab";
import { ResidencesTab } from "./ResidencesTab";
import { ServiceClientsTab } from "./ServiceClientsTab";
import { StaffAssignmentsTab } from "./StaffAssignmentsTab";

const TABS = ["staff", "residences", "scheme", "clients", "jobs", "more"] as const;
type Tab = (typeof TABS)[number];

/**
 * 管理台 (`/admin?tab=`): what administrators can otherwise do only through the API. Each tab asks
 * the server, which refuses anyone but administrators; the refusal is shown in words.
 */
export function AdminConsolePage() {
  const { t } = useI18n();
  useDocumentTitle(t("admin.title"));
  const [search, setSearch] = useSearchParams();
  const asked = search.get("tab");
  const tab: Tab = TABS.find((k) => k === asked) ?? "staff";
  return (
    <div className="admin-page" data-page="admin">
      <PageHeading>{t("admin.title")}</PageHeading>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: "staff", label: t("admin.tab.staff"), children: <StaffAssignmentsTab /> },
          { key: "residences", label: t("admin.tab.residences"), children: <ResidencesTab /> },
          { key: "scheme", label: t("admin.tab.scheme"), children: <EvaluationSchemeTab /> },
          { key: "clients", label: t("admin.tab.clients"), children: <ServiceClientsTab /> },
          { key: "jobs", label: t("admin.tab.jobs"), children: <JobsTab /> },
          {
            key: "more",
            label: t("admin.tab.more"),
            children: (
              <ul className="admin-links" data-tab="more">
                <li>
                  <Link to={paths.rules()}>{t("admin.more.rules")}</Link>
                </li>
                <li>
                  <Link to={paths.audit()}>{t("admin.more.audit")}</Link>
                </li>
              </ul>
            ),
          },
        ]}
      />
    </div>
  );
}

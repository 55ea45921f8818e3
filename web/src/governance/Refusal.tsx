import type { ApolloError } from "@apollo/client";
import { Typography } from "antd";
import { useI18n } from "../i18n/I18nProvider";
import { refusalKey } from "./governance";

export function Refusal({ error }: { error: ApolloError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Typography.Text type="danger" role="alert" data-refusal>
      {t(refusalKey(error))} {error.graphQLErrors[0]?.message ?? ""}
    </Typography.Text>
  );
}

import { useMutation, useQuery } from "@apollo/client";
import { Alert, Button, Form, Input, Popconfirm, Select, Space } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useFormRefusal } from "../graphql/formErrors";
import type { AccessPurpose } from "../graphql/types";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText, LoadError, Loading } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";
import { PURPOSES } from "./auditLog";

export const SERVICE_CLIENTS = graphql(`
  query AdminServiceClients {
    serviceClients(first: 100) {
      edges {
        node {
          id
          name
          department
          purposes
          createdAt
          revokedAt
          operations {
            name
            sha256
          }
        }
      }
    }
  }
`);

export const REGISTER_SERVICE_CLIENT = graphql(`
  mutation AdminRegisterServiceClient($input: RegisterServiceClientInput!) {
    registerServiceClient(input: $input) {
      secret
      client {
        id
        name
      }
    }
  }
`);

export const REVOKE_SERVICE_CLIENT = graphql(`
  mutation AdminRevokeServiceClient($id: ID!) {
    revokeServiceClient(id: $id) {
      id
      revokedAt
    }
  }
`);

interface RegisterValues {
  name?: string;
  department?: string;
  purposes?: AccessPurpose[];
  operations?: { name?: string; document?: string }[];
}

/** 服务客户端: the departmental apps let in, what they may read and run; register one, revoke one. */
export function ServiceClientsTab() {
  const { t, label, dateTime } = useI18n();
  const list = useQuery(SERVICE_CLIENTS, { fetchPolicy: "cache-and-network" });
  const [form] = Form.useForm<RegisterValues>();
  const [failure, report] = useFormRefusal(form);
  const [register, { loading }] = useMutation(REGISTER_SERVICE_CLIENT, { errorPolicy: "all" });
  const [revoke] = useMutation(REVOKE_SERVICE_CLIENT, { errorPolicy: "all" });
  const [registered, setRegistered] = useState<{ id: string; name: string; secret: string } | null>(
    null,
  );
  const [revokeFailure, setRevokeFailure] = useState<ActionFailure | null>(null);

  const clients = list.data?.serviceClients.edges.map((e) => e.node) ?? [];
  return (
    <div className="admin-tab" data-tab="service-clients">
      <section className="admin-form" data-form="register-client">
        <h2 className="admin-tab__title">{t("admin.clients.register")}</h2>
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          initialValues={{ purposes: [], operations: [{}] }}
          onFinish={(v) => {
            void (async () => {
              let answer: { secret: string; client: { id: string; name: string } } | null = null;
              const failed = await attempt(async () => {
                const result = await register({
                  variables: {
                    input: {
                      name: v.name ?? "",
                      department: v.department ?? "",
                      purposes: v.purposes ?? [],
                      operations: (v.operations ?? []).map((o) => ({
                        name: o.name ?? "",
                        document: o.document ?? "",
                      })),
                    },
                  },
                });
                answer = result.data?.registerServiceClient ?? null;
                return result;
              }, "registerServiceClient");
              report(failed);
              const made = answer as {
                secret: string;
                client: { id: string; name: string };
              } | null;
              if (!failed && made) {
                setRegistered({ id: made.client.id, name: made.client.name, secret: made.secret });
                form.resetFields();
                void list.refetch();
              }
            })();
          }}
        >
          <Form.Item
            name="name"
            label={t("admin.clients.name")}
            rules={[{ required: true, message: t("admin.required") }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="department"
            label={t("admin.clients.department")}
            rules={[{ required: true, message: t("admin.required") }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="purposes" label={t("admin.clients.purposes")}>
            <Select<AccessPurpose[]>
              mode="multiple"
              options={PURPOSES.map((p) => ({ value: p, label: label("AccessPurpose", p) }))}
            />
          </Form.Item>
          <Form.List name="operations">
            {(fields, { add, remove }) => (
              <fieldset className="admin-operations">
                <legend>{t("admin.clients.operations")}</legend>
                {fields.map((field) => (
                  <div key={field.key} className="admin-operation">
                    <Form.Item
                      name={[field.name, "name"]}
                      label={t("admin.clients.operationName")}
                      rules={[{ required: true, message: t("admin.required") }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "document"]}
                      label={t("admin.clients.document")}
                      rules={[{ required: true, message: t("admin.required") }]}
                    >
                      <Input.TextArea rows={3} spellCheck={false} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t("admin.clients.remove")}</Button>
                  </div>
                ))}
                <Button onClick={() => add({})}>{t("admin.clients.addOperation")}</Button>
              </fieldset>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t("admin.clients.registerButton")}
          </Button>
          <ActionError failure={failure} />
        </Form>
        {registered && (
          <Alert
            type="success"
            showIcon
            className="admin-secret"
            data-registered={registered.id}
            title={t("admin.clients.registered", { name: registered.name })}
            description={
              <>
                <p>
                  {t("admin.clients.clientId")} <code data-client-id>{registered.id}</code>
                </p>
                <p>
                  {t("admin.clients.secret")} <code data-secret>{registered.secret}</code>
                </p>
                <p>{t("admin.clients.secretOnce")}</p>
              </>
            }
            closable={{ onClose: () => setRegistered(null) }}
          />
        )}
      </section>
      <h2 className="admin-tab__title">{t("admin.clients.list")}</h2>
      <ActionError failure={revokeFailure} />
      {!list.data ? (
        list.loading ? (
          <Loading />
        ) : (
          <LoadError text={t("admin.loadFailed")} retry={() => list.refetch()} />
        )
      ) : clients.length === 0 ? (
        <EmptyText>{t("admin.clients.none")}</EmptyText>
      ) : (
        <div className="admin-table">
          <DataTable
            rowKey="id"
            dataSource={clients}
            onRow={(c) => dataAttributes({ "data-client": c.id })}
            columns={[
              { key: "name", title: t("admin.clients.name"), dataIndex: "name" },
              { key: "department", title: t("admin.clients.department"), dataIndex: "department" },
              {
                key: "purposes",
                title: t("admin.clients.purposes"),
                render: (_, c) =>
                  c.purposes.map((p) => label("AccessPurpose", p as AccessPurpose)).join("、") ||
                  "—",
              },
              {
                key: "operations",
                title: t("admin.clients.operations"),
                render: (_, c) => (
                  <ul className="admin-operations__list">
                    {c.operations.map((o) => (
                      <li key={o.name} title={o.sha256}>
                        {o.name}
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                key: "state",
                title: t("admin.clients.state"),
                render: (_, c) =>
                  c.revokedAt ? (
                    <span data-revoked>
                      {t("admin.clients.revokedAt", { at: dateTime(c.revokedAt) })}
                    </span>
                  ) : (
                    <Space>
                      <span>{t("admin.clients.active")}</span>
                      <Popconfirm
                        title={t("admin.clients.revokeConfirm", { name: c.name })}
                        okText={t("admin.clients.revoke")}
                        cancelText={t("admin.cancel")}
                        onConfirm={() => {
                          void (async () => {
                            const failed = await attempt(
                              () => revoke({ variables: { id: c.id } }),
                              "revokeServiceClient",
                            );
                            setRevokeFailure(failed);
                            if (!failed) void list.refetch();
                          })();
                        }}
                      >
                        <Button danger size="small">
                          {t("admin.clients.revoke")}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}

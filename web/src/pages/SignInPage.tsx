import { Alert, Button, Card } from "antd";
import { useEffect, useState } from "react";
import { fetchDevUsers, requestDevToken, signIn, type DevUser } from "../auth/session";
import { useSignedOutReason } from "../auth/useSession";
import { useI18n } from "../i18n/I18nProvider";
import { EmptyText, Loading } from "../ui/feedback";
import { PageHeading, useDocumentTitle } from "./PageHeading";

type UsersState =
  { status: "loading" } | { status: "failed" } | { status: "ready"; users: DevUser[] };

/**
 * Development sign-in: pick one of the gateway's demo users and receive a token for them.
 * Campus SSO replaces this screen later.
 */
export function SignInPage() {
  const { t, label } = useI18n();
  const reason = useSignedOutReason();
  const [users, setUsers] = useState<UsersState>({ status: "loading" });
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useDocumentTitle(t("signIn.title"));

  useEffect(() => {
    const abort = new AbortController();
    fetchDevUsers(abort.signal).then(
      (list) => setUsers({ status: "ready", users: list }),
      () => {
        if (!abort.signal.aborted) setUsers({ status: "failed" });
      },
    );
    return () => abort.abort();
  }, []);

  const choose = async (user: DevUser) => {
    setPending(user.key);
    setFailed(false);
    try {
      signIn(await requestDevToken(user.key));
    } catch {
      setFailed(true);
      setPending(null);
    }
  };

  return (
    <div className="sign-in">
      <Card className="sign-in__card">
        <p className="sign-in__kicker">{t("signIn.title")}</p>
        <PageHeading>{t("signIn.heading")}</PageHeading>
        {reason === "expired" && (
          <Alert className="notice" type="warning" showIcon title={t("signIn.expired")} />
        )}
        <p className="sign-in__intro">{t("signIn.intro")}</p>

        {users.status === "loading" && <Loading text={t("signIn.loadingUsers")} />}
        {users.status === "failed" && (
          <Alert type="error" showIcon title={t("signIn.usersUnavailable")} />
        )}
        {users.status === "ready" && users.users.length === 0 && (
          <EmptyText>{t("signIn.noUsers")}</EmptyText>
        )}
        {users.status === "ready" && users.users.length > 0 && (
          <ul className="demo-users">
            {users.users.map((user) => (
              <li key={user.key}>
                <Button
                  block
                  className="demo-user"
                  data-user={user.key}
                  disabled={pending !== null}
                  loading={pending === user.key}
                  title={t("signIn.asUser", { name: user.name })}
                  onClick={() => void choose(user)}
                >
                  <span className="demo-user__name">{user.name}</span>
                  <span className="demo-user__roles">
                    {user.roles.map((r) => label("Role", r)).join(" · ")}
                  </span>
                  {pending === user.key && (
                    <span className="demo-user__pending">{t("signIn.signingIn")}</span>
                  )}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {failed && <Alert type="error" showIcon title={t("signIn.failed")} />}

        <p className="sign-in__sso">{t("signIn.ssoNote")}</p>
      </Card>
    </div>
  );
}

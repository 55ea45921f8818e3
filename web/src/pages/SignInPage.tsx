import { useEffect, useState } from "react";
import { fetchDevUsers, requestDevToken, signIn, type DevUser } from "../auth/session";
import { useSignedOutReason } from "../auth/useSession";
import { useI18n } from "../i18n/I18nProvider";
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
      <div className="sign-in__card">
        <p className="sign-in__kicker">{t("signIn.title")}</p>
        <PageHeading>{t("signIn.heading")}</PageHeading>
        {reason === "expired" && (
          <p className="notice notice--unavailable" role="alert">
            {t("signIn.expired")}
          </p>
        )}
        <p className="sign-in__intro">{t("signIn.intro")}</p>

        {users.status === "loading" && (
          <p className="loading" role="status">
            {t("signIn.loadingUsers")}
          </p>
        )}
        {users.status === "failed" && (
          <p className="error-box" role="alert">
            {t("signIn.usersUnavailable")}
          </p>
        )}
        {users.status === "ready" && users.users.length === 0 && (
          <p className="empty">{t("signIn.noUsers")}</p>
        )}
        {users.status === "ready" && users.users.length > 0 && (
          <ul className="demo-users">
            {users.users.map((user) => (
              <li key={user.key}>
                <button
                  type="button"
                  className="demo-user"
                  data-user={user.key}
                  disabled={pending !== null}
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
                </button>
              </li>
            ))}
          </ul>
        )}
        {failed && (
          <p className="error-box" role="alert">
            {t("signIn.failed")}
          </p>
        )}

        <p className="sign-in__sso">{t("signIn.ssoNote")}</p>
      </div>
    </div>
  );
}

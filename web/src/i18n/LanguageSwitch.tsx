import { LANGUAGES } from "./index";
import { useI18n } from "./I18nProvider";

/** 中文 / English: two toggle buttons; the current language is pressed. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t("lang.label")}>
      {LANGUAGES.map((l, i) => (
        <span key={l.lang}>
          {i > 0 && (
            <span className="lang-switch__sep" aria-hidden="true">
              /
            </span>
          )}
          <button
            type="button"
            className="lang-switch__button"
            lang={l.htmlLang}
            aria-pressed={lang === l.lang}
            onClick={() => setLang(l.lang)}
          >
            {l.label}
          </button>
        </span>
      ))}
    </div>
  );
}

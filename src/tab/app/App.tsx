import {
  FluentProvider,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { createApi } from "../api/client.js";
import { Loading } from "../components/Loading.js";
import { createI18n, I18nContext } from "../i18n/strings.js";
import { detectHost, toTheme, type Host, type Theme } from "../teams/host.js";
import { usePlace } from "./router.js";
import { demoToken, tokenSource } from "./session.js";
import { SignedIn } from "./SignedIn.js";

// Rarely used screens load on demand: the first download is what a mentor needs for "My students".
const ConfigPage = lazy(() => import("../views/ConfigPage.js"));
const DemoSignIn = lazy(() => import("../views/DemoSignIn.js"));

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalXL, boxSizing: "border-box" },
});

/** The tab: finds its host (Teams or a plain browser), follows the Teams theme and locale, then signs in. */
export function App() {
  const [host, setHost] = useState<Host>();
  const [theme, setTheme] = useState<Theme>("default");
  useEffect(() => {
    void detectHost().then((found) => {
      setHost(found);
      setTheme(found.theme);
      if (found.kind === "teams") {
        found.sdk.app.registerOnThemeChangeHandler((name) => setTheme(toTheme(name)));
      }
    });
  }, []);
  const i18n = useMemo(() => createI18n(host?.locale ?? navigator.language), [host]);
  useEffect(() => {
    document.documentElement.lang = i18n.locale;
  }, [i18n]);
  const styles = useStyles();
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root}>
      <I18nContext.Provider value={i18n}>
        <Suspense fallback={<Loading />}>{host ? <Shell host={host} locale={i18n.locale} /> : <Loading />}</Suspense>
      </I18nContext.Provider>
    </FluentProvider>
  );
}

function Shell({ host, locale }: { host: Host; locale: string }) {
  const [place, navigate] = usePlace();
  const [demo, setDemo] = useState(demoToken.get);
  const api = useMemo(() => {
    const getToken = tokenSource(host, demo);
    return getToken ? createApi(getToken, locale) : undefined;
  }, [host, demo, locale]);

  if (place.path === "/config") return <ConfigPage host={host} />;
  if (!api) {
    return (
      <DemoSignIn
        onSignedIn={(token) => {
          demoToken.set(token);
          setDemo(token);
        }}
      />
    );
  }
  const signOut = () => {
    demoToken.clear();
    setDemo(undefined);
  };
  return (
    <SignedIn
      api={api}
      host={host}
      place={place}
      navigate={navigate}
      onSignOut={host.kind === "browser" ? signOut : undefined}
    />
  );
}

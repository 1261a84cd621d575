import { Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { lazy, useEffect, useState } from "react";
import type { MeResponse } from "../../http/api/schemas/me.js";
import { ApiFailure, type Api } from "../api/client.js";
import { Loading } from "../components/Loading.js";
import { Problem } from "../components/Problem.js";
import { useI18n } from "../i18n/strings.js";
import type { Host } from "../teams/host.js";
import { MyStudents } from "../views/MyStudents.js";
import type { Place } from "./router.js";
import { useAsync } from "./use-async.js";

const ClassView = lazy(() => import("../views/ClassView.js"));
const MyCheckIns = lazy(() => import("../views/MyCheckIns.js"));
const MyWellbeing = lazy(() => import("../views/MyWellbeing.js"));
const StudentPage = lazy(() => import("../views/StudentPage.js"));
const SchoolView = lazy(() => import("../views/school/SchoolView.js"));

const useStyles = makeStyles({
  bar: { display: "flex", justifyContent: "flex-end", alignItems: "center", gap: tokens.spacingHorizontalM },
  stack: { display: "grid", gap: tokens.spacingVerticalXXL },
  classes: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
});

export interface SignedInProps {
  api: Api;
  host: Host;
  place: Place;
  navigate: (to: string) => void;
  /** Demo mode only: forget the demo token. */
  onSignOut: (() => void) | undefined;
}

/** After sign-in: asks the API who this is, then shows the views their roles allow (the API enforces them). */
export function SignedIn({ api, host, place, navigate, onSignOut }: SignedInProps) {
  const styles = useStyles();
  const { s } = useI18n();
  const [me, reload] = useAsync(() => api.me(), [api]);
  // The bot's alert card deep-links to one student: Teams hands the tab its id as page.subPageId (subEntityId).
  const [deepLink, setDeepLink] = useState(() => (host.kind === "teams" ? host.context.page.subPageId : undefined));
  const studentId =
    place.path === "/student" ? place.params.get("studentId") : place.path === "/" ? deepLink : undefined;
  useEffect(() => {
    // A demo token dies with the server that signed it: go back to the demo sign-in page.
    if (me.status === "error" && me.error instanceof ApiFailure && me.error.status === 401) onSignOut?.();
  }, [me, onSignOut]);

  if (me.status === "loading") return <Loading />;
  if (me.status === "error") return <Problem error={me.error} onRetry={reload} />;
  const user = me.value;
  return (
    <div className={styles.stack}>
      {onSignOut && (
        <div className={styles.bar}>
          <Text>{user.name}</Text>
          <Button appearance="subtle" onClick={onSignOut}>
            {s.signOut}
          </Button>
        </div>
      )}
      {studentId ? (
        <>
          <Link
            href="/tab/"
            onClick={(event) => {
              event.preventDefault();
              setDeepLink(undefined);
              navigate("/");
            }}
          >
            {s.back}
          </Link>
          <StudentPage api={api} studentId={studentId} />
        </>
      ) : place.path === "/my-wellbeing" ? (
        <MyWellbeing api={api} />
      ) : place.path === "/school" && user.roles.includes("coordinator") ? (
        <>
          <Link
            href="/tab/"
            onClick={(event) => {
              event.preventDefault();
              navigate("/");
            }}
          >
            {s.back}
          </Link>
          <SchoolView api={api} />
        </>
      ) : place.path === "/class" ? (
        <>
          {place.params.get("from") === "home" && (
            <Link
              href="/tab/"
              onClick={(event) => {
                event.preventDefault();
                navigate("/");
              }}
            >
              {s.back}
            </Link>
          )}
          <ClassPage api={api} user={user} classId={place.params.get("classId") ?? teamGroupId(host)} />
        </>
      ) : (
        <Home api={api} user={user} navigate={navigate} />
      )}
    </div>
  );
}

function teamGroupId(host: Host): string | undefined {
  return host.kind === "teams" ? host.context.team?.groupId : undefined;
}

function ClassPage({ api, user, classId }: { api: Api; user: MeResponse; classId: string | undefined }) {
  if (!classId) return <Problem error={new ApiFailure(404, "notFound")} />;
  const teaches = user.classes.some((c) => c.classId === classId && c.role === "teacher");
  return <ClassView api={api} classId={classId} canCheckIn={teaches} />;
}

function Home({ api, user, navigate }: { api: Api; user: MeResponse; navigate: (to: string) => void }) {
  const styles = useStyles();
  const { s } = useI18n();
  const taught = user.classes.filter((c) => c.role === "teacher");
  const sections = [];
  if (user.roles.includes("mentor")) {
    const open = (id: string) => navigate(`/student?studentId=${encodeURIComponent(id)}`);
    sections.push(<MyStudents key="mentor" api={api} onOpen={open} />);
  }
  if (user.roles.includes("coordinator")) {
    sections.push(
      <Link
        key="school"
        href="/tab/school"
        onClick={(event) => {
          event.preventDefault();
          navigate("/school");
        }}
      >
        {s.schoolLink}
      </Link>,
    );
  }
  if (taught.length > 0) {
    sections.push(
      <nav key="classes" aria-label={s.chooseClass}>
        <Text weight="semibold">{s.chooseClass}</Text>
        <div className={styles.classes}>
          {taught.map((c) => (
            <Link
              key={c.classId}
              href={`/tab/class?classId=${encodeURIComponent(c.classId)}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(`/class?classId=${encodeURIComponent(c.classId)}&from=home`);
              }}
            >
              {c.name}
            </Link>
          ))}
        </div>
      </nav>,
    );
  }
  if (sections.length === 0 && user.roles.includes("student")) {
    sections.push(<MyCheckIns key="student" api={api} userId={user.userId} />);
  }
  if (sections.length === 0) return <Text>{s.nothingHere}</Text>;
  return <>{sections}</>;
}

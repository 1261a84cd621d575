import { Button, Field, makeStyles, Select, Text, Title2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { createApi } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { Loading } from "../components/Loading.js";
import { Problem } from "../components/Problem.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({ page: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "32rem" } });

/**
 * Local demo mode only: pick a seeded person. The server mints a token for them, which the API validates like
 * an Entra token. In production the demo routes do not exist, so this page only says to open Teams.
 */
export default function DemoSignIn({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { s } = i18n;
  const api = createApi(undefined, i18n.locale);
  const [users] = useAsync(() => api.demoUsers(), []);
  const [picked, setPicked] = useState<string>();
  const [error, setError] = useState<unknown>();

  if (users.status === "loading") return <Loading />;
  if (users.status === "error") return <Text>{s.openInTeams}</Text>;
  const people = users.value.users;
  const chosen = picked ?? people[0]?.userId;
  const roleWords = (roles: readonly string[]) => roles.map((r) => s[`role_${r}` as "role_mentor"] ?? r).join(", ");
  const option = (u: (typeof people)[number]) => (
    <option key={u.userId} value={u.userId}>
      {u.name} ({roleWords(u.roles)})
    </option>
  );
  const signIn = async () => {
    if (!chosen) return;
    try {
      onSignedIn((await api.demoSignIn(chosen)).token);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className={styles.page}>
      <Title2 as="h1">{s.demoTitle}</Title2>
      <Text>{s.demoBody}</Text>
      <Field label={s.demoPick}>
        <Select id="demo-user" value={chosen} onChange={(_, data) => setPicked(data.value)}>
          <optgroup label={s.demoStaff}>{people.filter((u) => !u.roles.includes("student")).map(option)}</optgroup>
          <optgroup label={s.demoStudents}>{people.filter((u) => u.roles.includes("student")).map(option)}</optgroup>
        </Select>
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void signIn()} disabled={!chosen}>
          {s.demoSignIn}
        </Button>
      </div>
      {error !== undefined && <Problem error={error} />}
    </section>
  );
}

import { makeStyles, Tab, TabList, Title2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Api } from "../../api/client.js";
import { useAsync } from "../../app/use-async.js";
import { Loading } from "../../components/Loading.js";
import { Problem } from "../../components/Problem.js";
import { useI18n } from "../../i18n/strings.js";
import { CardEditor } from "./CardEditor.js";
import { MentorImport } from "./MentorImport.js";
import { QuestionSetChoices } from "./QuestionSetChoices.js";
import { QuestionSetEditor } from "./QuestionSetEditor.js";
import { QUESTION_SET_STRINGS } from "./question-set-strings.js";
import { SchoolOverview } from "./SchoolOverview.js";
import { ThresholdsEditor } from "./ThresholdsEditor.js";
import { SchoolSchedules } from "./SchoolSchedules.js";
import { SCHEDULE_STRINGS } from "../schedule-strings.js";

const useStyles = makeStyles({ page: { display: "grid", gap: tokens.spacingVerticalL } });

type Pane = "overview" | "cards" | "mentors" | "thresholds" | "questionSets" | "schedules";

/** The coordinator's school view: figures (k >= 5, differencing-safe), mentor import and thresholds. */
export default function SchoolView({ api }: { api: Api }) {
  const styles = useStyles();
  const { s, locale } = useI18n();
  const [pane, setPane] = useState<Pane>("overview");
  const [setsVersion, setSetsVersion] = useState(0);
  const [loaded, reload] = useAsync(() => api.schoolOverview(), [api]);
  return (
    <section className={styles.page} aria-labelledby="school-title">
      <Title2 as="h1" id="school-title">
        {s.schoolTitle}
      </Title2>
      <TabList selectedValue={pane} onTabSelect={(_, d) => setPane(d.value as Pane)}>
        <Tab value="overview">{s.tabOverview}</Tab>
        <Tab value="cards">{s.tabCards}</Tab>
        <Tab value="mentors">{s.tabMentors}</Tab>
        <Tab value="thresholds">{s.tabThresholds}</Tab>
        <Tab value="questionSets">{QUESTION_SET_STRINGS[locale].title}</Tab>
        <Tab value="schedules">{SCHEDULE_STRINGS[locale].tabSchedules}</Tab>
      </TabList>
      {pane === "overview" &&
        (loaded.status === "loading" ? (
          <Loading />
        ) : loaded.status === "error" ? (
          <Problem error={loaded.error} onRetry={reload} />
        ) : (
          <SchoolOverview overview={loaded.value} />
        ))}
      {pane === "cards" && <CardEditor api={api} />}
      {pane === "mentors" && <MentorImport api={api} />}
      {pane === "thresholds" && <ThresholdsEditor api={api} />}
      {pane === "questionSets" && (
        <>
          <QuestionSetEditor api={api} onChanged={() => setSetsVersion((n) => n + 1)} />
          <QuestionSetChoices key={setsVersion} api={api} />
        </>
      )}
      {pane === "schedules" && <SchoolSchedules api={api} />}
    </section>
  );
}

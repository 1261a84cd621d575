import { Field, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Api } from "../../api/client.js";
import { useAsync } from "../../app/use-async.js";
import { Loading } from "../../components/Loading.js";
import { Problem } from "../../components/Problem.js";
import { useI18n } from "../../i18n/strings.js";
import { scheduleApi } from "../schedule-api.js";
import { questionSetApi, type QuestionSets } from "./question-set-api.js";
import { QUESTION_SET_CHOICE_STRINGS } from "./question-set-choice-strings.js";

type Choices = QuestionSets["choices"];

/**
 * The coordinator's choice of set for the school and, per class, an override (issue 3). Each change is saved at
 * once through the choices API; the list is not reloaded after a save, so keyboard focus stays on the dropdown.
 */
export function QuestionSetChoices({ api }: { api: Api }) {
  const { locale, f } = useI18n();
  const s = QUESTION_SET_CHOICE_STRINGS[locale];
  const calls = questionSetApi(api);
  // The school schedules list already names every class (and programme) a coordinator may target.
  const [loaded, reload] = useAsync(() => Promise.all([calls.list(), scheduleApi(api).listSchool()]), [api]);
  const [saved, setSaved] = useState<Choices>();
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string }>();
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <Problem error={loaded.error} onRetry={reload} />;
  const [{ sets }, { classes }] = loaded.value;
  const choices = saved ?? loaded.value[0].choices;

  const choose = async (classId: string | undefined, setId: string) => {
    setNotice(undefined);
    try {
      await calls.choose({ ...(classId ? { classId } : {}), ...(setId ? { setId } : {}) });
      const next: Choices = { ...choices, classes: { ...choices.classes } };
      if (classId === undefined) next.schoolDefault = setId || undefined;
      else if (setId) next.classes[classId] = setId;
      else delete next.classes[classId];
      setSaved(next);
      setNotice({ intent: "success", text: s.saved });
    } catch {
      // The server's reason is localized, but a failed choice has one remedy: try again.
      setNotice({ intent: "error", text: s.failed });
    }
  };
  const options = sets.map((set) => (
    <option key={set.id} value={set.id}>
      {set.displayName}
    </option>
  ));
  const defaultName = sets.find((set) => set.id === choices.schoolDefault)?.displayName;

  return (
    <section aria-labelledby="question-set-choices-title">
      <Text as="h2" weight="semibold" id="question-set-choices-title" block>
        {s.title}
      </Text>
      <Text block>{s.intro}</Text>
      <Field label={s.schoolDefault}>
        <Select value={choices.schoolDefault ?? ""} onChange={(_, d) => void choose(undefined, d.value)}>
          <option value="">{s.builtInDefault}</option>
          {options}
        </Select>
      </Field>
      {classes.length === 0 && <Text block>{s.noClasses}</Text>}
      {classes.map((c) => (
        <Field key={c.classId} label={f(s.classSet, { name: c.name })} orientation="horizontal">
          <Select
            data-testid="class-question-set"
            value={choices.classes[c.classId] ?? ""}
            onChange={(_, d) => void choose(c.classId, d.value)}
          >
            <option value="">{defaultName ? `${s.useSchoolDefault}: ${defaultName}` : s.useSchoolDefault}</option>
            {options}
          </Select>
        </Field>
      ))}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { ApiFailure, type Api, type SchoolSettings } from "../../api/client.js";
import { Loading } from "../../components/Loading.js";
import { problemText } from "../../components/Problem.js";
import { CLIMATE_STRINGS } from "../../i18n/class-climate.js";
import { useI18n, type Strings } from "../../i18n/strings.js";

const useStyles = makeStyles({
  grid: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "32rem" },
});

/** The threshold fields the editor offers, in the order DESIGN §3 names them. */
const FIELDS = [
  "lowScore",
  "lowScoreAlone",
  "dropBelowBaseline",
  "roundDropBelowBaseline",
  "baselineMinAnswers",
  "silenceRounds",
  "resolveAfterGoodRounds",
] as const;

/** The server's bounds (REMINDER_HOURS_MIN/MAX in src/domain/scoring/school-settings.ts), checked before saving. */
const REMINDER_MIN = 1;
const REMINDER_MAX = 168;
const validReminderHours = (text: string): number | undefined => {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(n) && n >= REMINDER_MIN && n <= REMINDER_MAX ? n : undefined;
};

/**
 * The school's flag thresholds (issue 5's API: GET with an ETag, PUT with If-Match). A stale save is refused by
 * the server and reloaded here with a message, never overwritten.
 */
export function ThresholdsEditor({ api }: { api: Api }) {
  const styles = useStyles();
  const { s, locale } = useI18n();
  const c = CLIMATE_STRINGS[locale];
  const [reminder, setReminder] = useState("");
  const [settings, setSettings] = useState<{ value: SchoolSettings; etag: string }>();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ intent: "success" | "warning" | "error"; text: string }>();
  const [unavailable, setUnavailable] = useState(false);

  const load = async () => {
    const { json, etag } = await api.thresholds();
    setSettings({ value: json, etag: etag ?? "" });
    setDraft(Object.fromEntries(FIELDS.map((k) => [k, String(json.thresholds[k] ?? "")])));
    setReminder(String(json.reminderHours ?? ""));
  };
  useEffect(() => {
    load().catch(() => setUnavailable(true));
    // Loads once per API client.
  }, [api]);

  if (unavailable) return <Text>{s.thresholdsUnavailable}</Text>;
  if (!settings) return <Loading />;
  const save = async () => {
    setMessage(undefined);
    const reminderHours = validReminderHours(reminder);
    if (reminderHours === undefined) return setMessage({ intent: "error", text: c.reminderHoursInvalid });
    const thresholds = {
      ...settings.value.thresholds,
      ...Object.fromEntries(FIELDS.map((k) => [k, Number(draft[k])])),
    };
    try {
      const { json, etag } = await api.saveThresholds({ thresholds, reminderHours }, settings.etag);
      setSettings({ value: json, etag: etag ?? "" });
      setMessage({ intent: "success", text: s.thresholdsSaved });
    } catch (error) {
      if (error instanceof ApiFailure && (error.status === 409 || error.status === 412)) {
        await load().catch(() => undefined);
        setMessage({ intent: "warning", text: s.thresholdsConflict });
      } else if (error instanceof ApiFailure && error.status === 400) {
        setMessage({ intent: "error", text: s.errorInvalid });
      } else setMessage({ intent: "error", text: problemText(error, s) });
    }
  };
  return (
    <section className={styles.grid} aria-labelledby="thresholds-title">
      <Text as="h2" weight="semibold" size={400} id="thresholds-title">
        {s.thresholdsTitle}
      </Text>
      {FIELDS.map((k) => (
        <Field key={k} label={s[`threshold_${k}` as keyof Strings]}>
          <Input
            type="number"
            step="0.1"
            value={draft[k] ?? ""}
            onChange={(_, d) => setDraft({ ...draft, [k]: d.value })}
            data-testid={`threshold-${k}`}
          />
        </Field>
      ))}
      <Field
        label={c.reminderHours}
        validationMessage={validReminderHours(reminder) === undefined ? c.reminderHoursInvalid : undefined}
      >
        <Input
          type="number"
          min={REMINDER_MIN}
          max={REMINDER_MAX}
          step="1"
          value={reminder}
          onChange={(_, d) => setReminder(d.value)}
          data-testid="reminder-hours"
        />
      </Field>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          {s.thresholdsSave}
        </Button>
      </div>
    </section>
  );
}

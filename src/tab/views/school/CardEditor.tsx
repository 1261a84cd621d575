import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure, type Api } from "../../api/client.js";
import { useAsync } from "../../app/use-async.js";
import { Loading } from "../../components/Loading.js";
import { Problem, problemText } from "../../components/Problem.js";
import { useI18n } from "../../i18n/strings.js";
import { bodyOf, draftOf, EMPTY_DRAFT, LANGUAGES, type CardDraft } from "./card-draft.js";

const ROLES = ["mentor", "contactTeacher", "counsellor", "sps", "studentCoach", "studyGuidance"] as const;
const REASONS = ["helpRequest", "dropoutThoughts", "lowScore", "drop", "silence"] as const;

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "48rem" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  language: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
  },
});

/** The school's Action Card library: edit any card (built-in or the school's own) or add one, in four languages. */
export function CardEditor({ api }: { api: Api }) {
  const styles = useStyles();
  const { s, locale: language } = useI18n();
  const [libraries, reload] = useAsync(async () => {
    const [da, sv, fi, en] = await Promise.all(LANGUAGES.map((l) => api.actionCardsIn(l)));
    return { da: da!, sv: sv!, fi: fi!, en: en! };
  }, [api]);
  const [picked, setPicked] = useState("");
  const [draft, setDraft] = useState<CardDraft>(EMPTY_DRAFT);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();

  if (libraries.status === "loading") return <Loading />;
  if (libraries.status === "error") return <Problem error={libraries.error} onRetry={reload} />;
  const pick = (cardId: string) => {
    setPicked(cardId);
    setMessage(undefined);
    setDraft(cardId ? draftOf(cardId, libraries.value) : EMPTY_DRAFT);
  };
  const save = async () => {
    try {
      await api.saveActionCard(bodyOf(draft));
      setMessage({ intent: "success", text: s.cardSaved });
      reload();
    } catch (error) {
      const text = error instanceof ApiFailure && error.status === 400 ? s.errorInvalid : problemText(error, s);
      setMessage({ intent: "error", text });
    }
  };
  const setText = (language: (typeof LANGUAGES)[number], field: "title" | "summary" | "steps", value: string) =>
    setDraft({ ...draft, text: { ...draft.text, [language]: { ...draft.text[language], [field]: value } } });
  return (
    <section className={styles.form} aria-labelledby="cards-title">
      <Text as="h2" weight="semibold" size={400} id="cards-title">
        {s.cardsEditorTitle}
      </Text>
      <Field label={s.cardPick}>
        <Select value={picked} onChange={(_, d) => pick(d.value)} data-testid="card-pick">
          <option value="">{s.cardNew}</option>
          {libraries.value.en.cards.map((c) => (
            <option key={c.cardId} value={c.cardId}>
              {libraries.value[language].cards.find((x) => x.cardId === c.cardId)?.title ?? c.title}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={s.cardId}>
          <Input
            value={draft.cardId}
            disabled={picked !== ""}
            onChange={(_, d) => setDraft({ ...draft, cardId: d.value })}
          />
        </Field>
        <Field label={s.cardOwnerRole}>
          <Select
            value={draft.ownerRole}
            onChange={(_, d) => setDraft({ ...draft, ownerRole: d.value as CardDraft["ownerRole"] })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {s[`mentorRole_${r}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.cardDueDays}>
          <Input
            type="number"
            value={draft.dueInDays}
            onChange={(_, d) => setDraft({ ...draft, dueInDays: d.value })}
          />
        </Field>
        <Field label={s.cardFollowUpDays}>
          <Input
            type="number"
            value={draft.followUpInDays}
            onChange={(_, d) => setDraft({ ...draft, followUpInDays: d.value })}
          />
        </Field>
      </div>
      <fieldset className={styles.row} style={{ border: 0, padding: 0 }}>
        <legend>{s.cardAnswers}</legend>
        {REASONS.map((r) => (
          <Checkbox
            key={r}
            label={s[`reason_${r}`]}
            checked={draft.answers.includes(r)}
            onChange={(_, d) =>
              setDraft({ ...draft, answers: d.checked ? [...draft.answers, r] : draft.answers.filter((x) => x !== r) })
            }
          />
        ))}
      </fieldset>
      {LANGUAGES.map((l) => (
        <fieldset key={l} className={styles.language}>
          <legend>{s[`cardLanguage_${l}`]}</legend>
          <Field label={s.cardTitle}>
            <Input
              value={draft.text[l].title}
              onChange={(_, d) => setText(l, "title", d.value)}
              data-testid={`card-title-${l}`}
            />
          </Field>
          <Field label={s.cardSummary}>
            <Textarea value={draft.text[l].summary} onChange={(_, d) => setText(l, "summary", d.value)} />
          </Field>
          <Field label={s.cardSteps}>
            <Textarea rows={5} value={draft.text[l].steps} onChange={(_, d) => setText(l, "steps", d.value)} />
          </Field>
        </fieldset>
      ))}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" onClick={() => void save()}>
          {s.cardSave}
        </Button>
      </div>
    </section>
  );
}

import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { ApiFailure, type Api } from "../../api/client.js";
import { useAsync } from "../../app/use-async.js";
import { Loading } from "../../components/Loading.js";
import { Problem } from "../../components/Problem.js";
import { useI18n } from "../../i18n/strings.js";
import { questionSetApi, type QuestionSetDraft, type QuestionSetRow, type QuestionSets } from "./question-set-api.js";
import { QUESTION_SET_STRINGS } from "./question-set-strings.js";

type Use = "unused" | "fixed" | "rotating";
const LANGS = ["da", "sv", "fi", "en"] as const;

/** A draft as per-item uses: rotating items of one dimension form one group, so a group is one dimension by design. */
function toDraft(
  uses: Record<string, Use>,
  base: Omit<QuestionSetDraft, "fixed" | "rotating">,
  bank: QuestionSets["bank"],
) {
  const fixed = bank.flatMap((d) => d.items.filter((i) => uses[i.id] === "fixed").map((i) => i.id));
  const rotating = bank
    .map((d) => d.items.filter((i) => uses[i.id] === "rotating").map((i) => i.id))
    .filter((g) => g.length > 0);
  return { ...base, fixed, rotating };
}

/** The coordinator's question sets: built-in ones read-only (copy them), the school's own created, edited, deleted. */
export function QuestionSetEditor({ api, onChanged }: { api: Api; onChanged?: () => void }) {
  const { locale, f } = useI18n();
  const s = QUESTION_SET_STRINGS[locale];
  const calls = questionSetApi(api);
  const [loaded, reload] = useAsync(() => calls.list(), [api]);
  const [editing, setEditing] = useState<{ id?: string; etag?: string }>();
  const [base, setBase] = useState<Omit<QuestionSetDraft, "fixed" | "rotating">>();
  const [uses, setUses] = useState<Record<string, Use>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string }>();
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <Problem error={loaded.error} onRetry={reload} />;
  const { sets, bank } = loaded.value;
  const dimensionName = (d: string) => bank.find((b) => b.dimension === d)?.name ?? d;

  const open = (row: QuestionSetRow | undefined, copy: boolean) => {
    const name = row
      ? copy
        ? Object.fromEntries(LANGS.map((l) => [l, f(s.copyOf, { name: row.name[l] })]))
        : row.name
      : undefined;
    setBase({
      name: (name as QuestionSetDraft["name"]) ?? { da: "", sv: "", fi: "", en: "" },
      cadence: row?.cadence ?? "weekly",
      size: row?.size ?? 3,
    });
    const next: Record<string, Use> = {};
    row?.fixed.forEach((id) => (next[id] = "fixed"));
    row?.rotating.flat().forEach((id) => (next[id] = "rotating"));
    setUses(next);
    setEditing(row && !copy && row.etag ? { id: row.id, etag: row.etag } : {});
    setProblems({});
    setNotice(undefined);
  };
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setNotice({ intent: "success", text: done });
      setEditing(undefined);
      setProblems({});
      reload();
      onChanged?.(); // the choices beside the editor list the sets too
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : undefined;
      setProblems(
        Object.fromEntries(
          (failure?.details ?? []).map((d) => [
            d.path.split(".")[0] === "name" ? d.path : d.path.split(".")[0]!,
            d.message,
          ]),
        ),
      );
      const text = failure?.status === 409 ? (failure.code === "conflict" && editing ? s.conflict : s.inUse) : s.failed;
      setNotice({ intent: "error", text });
    }
  };
  const save = () => {
    if (!base || !editing) return;
    const draft = toDraft(uses, base, bank);
    void run(
      () => (editing.id && editing.etag ? calls.update(editing.id, draft, editing.etag) : calls.create(draft)),
      s.saved,
    );
  };

  return (
    <section aria-labelledby="question-sets-title">
      <Text as="h2" weight="semibold" id="question-sets-title" block>
        {s.title}
      </Text>
      {sets.map((row) => (
        <div key={row.id} data-testid="question-set-row">
          <Text weight="semibold">{row.displayName}</Text> {row.builtIn && <Text size={200}>({s.builtIn})</Text>}
          {row.coverage.never.length > 0 && (
            <Text block size={200}>
              {f(s.never, { list: row.coverage.never.map(dimensionName).join(", ") })}
            </Text>
          )}
          {row.coverage.rarely.length > 0 && (
            <Text block size={200}>
              {f(s.rarely, { list: row.coverage.rarely.map(dimensionName).join(", ") })}
            </Text>
          )}
          <Button size="small" onClick={() => open(row, true)}>
            {s.copy}
          </Button>
          {!row.builtIn && (
            <>
              <Button size="small" onClick={() => open(row, false)}>
                {s.edit}
              </Button>
              <Button size="small" onClick={() => void run(() => calls.remove(row.id, row.etag ?? ""), s.deleted)}>
                {s.remove}
              </Button>
            </>
          )}
        </div>
      ))}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {!editing && (
        <Button appearance="primary" onClick={() => open(undefined, false)}>
          {s.create}
        </Button>
      )}
      {editing && base && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          {LANGS.map((l) => (
            <Field key={l} label={f(s.name, { lang: l.toUpperCase() })} validationMessage={problems[`name.${l}`]}>
              <Input
                value={base.name[l]}
                onChange={(_, d) => setBase({ ...base, name: { ...base.name, [l]: d.value } })}
              />
            </Field>
          ))}
          <Field label={s.cadence}>
            <Select
              value={base.cadence}
              onChange={(_, d) => setBase({ ...base, cadence: d.value as "weekly" | "fortnightly" })}
            >
              <option value="weekly">{s.weekly}</option>
              <option value="fortnightly">{s.fortnightly}</option>
            </Select>
          </Field>
          <Field label={s.size} validationMessage={problems.size}>
            <Input
              type="number"
              value={String(base.size)}
              onChange={(_, d) => setBase({ ...base, size: Number(d.value) })}
            />
          </Field>
          {problems.fixed && <Text block>{problems.fixed}</Text>}
          {problems.rotating && <Text block>{problems.rotating}</Text>}
          {bank.map((dimension) => (
            <fieldset key={dimension.dimension}>
              <legend>{dimension.name}</legend>
              {dimension.items.map((item) => (
                <Field key={item.id} label={item.text} orientation="horizontal">
                  <Select
                    value={uses[item.id] ?? "unused"}
                    onChange={(_, d) => setUses({ ...uses, [item.id]: d.value as Use })}
                  >
                    <option value="unused">{s.unused}</option>
                    <option value="fixed">{s.fixed}</option>
                    <option value="rotating">{s.rotating}</option>
                  </Select>
                </Field>
              ))}
            </fieldset>
          ))}
          <Button appearance="primary" type="submit">
            {s.save}
          </Button>
          <Button onClick={() => setEditing(undefined)}>{s.cancel}</Button>
        </form>
      )}
    </section>
  );
}

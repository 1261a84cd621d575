import {
  Button,
  Field,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ImportMentorshipsResponse } from "../../../http/api/schemas/mentorships.js";
import type { Api } from "../../api/client.js";
import { problemText } from "../../components/Problem.js";
import { useI18n } from "../../i18n/strings.js";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "48rem" },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

/** Mentor assignments from CSV: check first (dry run, errors per line), then import all or nothing. */
export function MentorImport({ api }: { api: Api }) {
  const styles = useStyles();
  const { s, f } = useI18n();
  const [csv, setCsv] = useState("");
  const [report, setReport] = useState<ImportMentorshipsResponse>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setProblem(undefined);
    try {
      setReport(await api.importMentorships({ csv, dryRun }));
    } catch (error) {
      setProblem(problemText(error, s));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.stack} aria-labelledby="import-title">
      <Text as="h2" weight="semibold" size={400} id="import-title">
        {s.importTitle}
      </Text>
      <Text>{s.importHelp}</Text>
      <div className={styles.row}>
        {/* A native file input: Field labels only Fluent inputs, so the label is tied by id. */}
        <Label htmlFor={fileId}>{s.importFile}</Label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void event.target.files?.[0]?.text().then(setCsv)}
        />
      </div>
      <Field label={s.importLabel}>
        <Textarea
          value={csv}
          rows={8}
          onChange={(_, d) => setCsv(d.value)}
          data-testid="import-csv"
          textarea={{ style: { fontFamily: "monospace" } }}
        />
      </Field>
      <div className={styles.row}>
        <Button disabled={busy || csv.trim() === ""} onClick={() => void run(true)}>
          {s.importCheck}
        </Button>
        <Button appearance="primary" disabled={busy || csv.trim() === ""} onClick={() => void run(false)}>
          {s.importRun}
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <MessageBar intent={report.errors.length > 0 ? "warning" : "success"} data-testid="import-report">
          <MessageBarBody>
            {f(s.importResult, { valid: report.valid, lines: report.lines })}{" "}
            {!report.dryRun &&
              (report.errors.length > 0 ? s.importNothingSaved : f(s.importSaved, { saved: report.saved }))}
            {report.errors.length > 0 && (
              <ul>
                {report.errors.map((e) => (
                  <li key={`${e.line}-${e.error}`}>
                    {f(s.importLine, { line: e.line, error: s[`importError_${e.error}`] })}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

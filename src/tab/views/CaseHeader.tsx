import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { CaseDetailResponse } from "../../http/api/schemas/cases.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The outcome of the last change: saved, refused as invalid, or changed by someone else meanwhile. */
export interface CaseMessage {
  intent: "success" | "error" | "warning";
  text: string;
}

/** The case's title, status and owner. */
export function CaseHeader({ detail }: { detail: CaseDetailResponse }) {
  const styles = useStyles();
  const { s, f } = useI18n();
  return (
    <div className={styles.row}>
      <Text weight="semibold" size={400}>
        {detail.cardTitle}
      </Text>
      <Text data-testid="case-status">{s[`caseStatus_${detail.status}`]}</Text>
      <Text className={styles.muted}>{f(s.caseOwner, { name: detail.ownerName || detail.ownerId })}</Text>
    </div>
  );
}

/** Announces the last change's outcome: politely when saved, assertively when refused or stale. */
export function CaseMessageBar({ message }: { message: CaseMessage | undefined }) {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} role={message.intent === "success" ? "status" : "alert"}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}

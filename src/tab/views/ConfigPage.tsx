import { makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { Host } from "../teams/host.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({ page: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "40rem" } });

/**
 * The channel tab's configuration page: Teams shows it when the tab is added to a class team's channel. The
 * saved content URL names the team's group id (= the class id); the API still checks, on every call, that the
 * viewer teaches that class.
 */
export default function ConfigPage({ host }: { host: Host }) {
  const styles = useStyles();
  const { s } = useI18n();
  const groupId = host.kind === "teams" ? host.context.team?.groupId : undefined;

  useEffect(() => {
    if (host.kind !== "teams" || !groupId) return;
    const { pages } = host.sdk;
    pages.config.registerOnSaveHandler((saveEvent) => {
      const contentUrl = `${location.origin}/tab/class?classId=${encodeURIComponent(groupId)}`;
      pages.config
        .setConfig({
          entityId: `trivsel-class-${groupId}`,
          contentUrl,
          websiteUrl: contentUrl,
          suggestedDisplayName: "Trivsel",
        })
        .then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : "setConfig failed"),
        );
    });
    pages.config.setValidityState(true);
  }, [host, groupId]);

  return (
    <section className={styles.page}>
      <Title2 as="h1">{s.configTitle}</Title2>
      <Text>{s.configBody}</Text>
      <MessageBar intent={groupId ? "info" : "warning"}>
        <MessageBarBody>{groupId ? s.configReady : s.openInTeams}</MessageBarBody>
      </MessageBar>
    </section>
  );
}

import { Text } from "@fluentui/react-components";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { useI18n } from "../i18n/strings.js";
import { scheduleApi } from "./schedule-api.js";
import { SCHEDULE_STRINGS } from "./schedule-strings.js";

/**
 * Who got the survey of the class's latest rounds (issue 4): counts per delivery state and, for the class's
 * teacher, the students not reached with why, so they can be asked to install or unblock the app.
 */
export default function DeliveryReport({ api, classId }: { api: Api; classId: string }) {
  const { locale, f, date } = useI18n();
  const s = SCHEDULE_STRINGS[locale];
  const [loaded] = useAsync(async () => {
    const overview = await api.classOverview(classId);
    const rounds = overview.rounds.slice(0, 3);
    const calls = scheduleApi(api);
    return Promise.all(rounds.map(async (r) => ({ round: r, report: await calls.delivery(classId, r.roundId) })));
  }, [api, classId]);
  if (loaded.status !== "ready" || loaded.value.length === 0) return null;
  return (
    <section aria-labelledby="delivery-title">
      <Text as="h2" weight="semibold" id="delivery-title" block>
        {s.deliveryTitle}
      </Text>
      {loaded.value.map(({ round, report }) => (
        <div key={round.roundId} data-testid="delivery-report">
          <Text weight="semibold">{date(round.opensAt)}: </Text>
          <Text>
            {f(s.deliveryCounts, {
              sent: report.counts.sent ?? 0,
              pending: report.counts.pending ?? 0,
              failed: report.counts.failed ?? 0,
              blocked: report.counts.blocked ?? 0,
              notInstalled: report.counts.notInstalled ?? 0,
            })}
          </Text>
          {report.unreached.length > 0 && (
            <ul aria-label={s.unreached}>
              {report.unreached.map((u) => (
                <li key={u.studentId}>
                  {u.name}: {s.status[u.status]}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

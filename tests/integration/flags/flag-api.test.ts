import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import { startApiHarness, type ApiHarness } from "../api/api-harness.js";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

const SETTINGS = "/api/v1/school/settings/thresholds";

async function put(as: string, body: unknown, ifMatch?: string) {
  return fetch(`${h.app.url}${SETTINGS}`, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${await h.tokenFor(as)}`,
      "content-type": "application/json",
      ...(ifMatch ? { "if-match": ifMatch } : {}),
    },
    body: JSON.stringify(body),
  });
}

describe("per-school thresholds (coordinators only, ETag on update)", () => {
  it("a mentor may neither read nor change them", async () => {
    expect((await h.call("GET", SETTINGS, { as: h.school.mentor })).status).toBe(403);
    expect((await put(h.school.mentor, { digestHour: 9 }, '"x"')).status).toBe(403);
  });

  it("a coordinator reads the tuned defaults, changes them with the ETag, and a stale ETag is refused", async () => {
    const first = await h.call("GET", SETTINGS, { as: h.school.coordinator });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      thresholds: DEFAULT_THRESHOLDS,
      digestHour: 15,
      timeZone: "Europe/Copenhagen",
      reminderHours: 12,
    });
    const etag = first.headers.get("etag")!;
    expect((await put(h.school.coordinator, { digestHour: 14 })).status).toBe(428);
    expect((await put(h.school.coordinator, { thresholds: { ...DEFAULT_THRESHOLDS, lowScore: 9 } }, etag)).status).toBe(
      400,
    );
    expect((await put(h.school.coordinator, { timeZone: "Mars/Olympus" }, etag)).status).toBe(400);
    for (const reminderHours of [0, 169, 2.5]) {
      expect((await put(h.school.coordinator, { reminderHours }, etag)).status).toBe(400);
    }

    const changed = await put(
      h.school.coordinator,
      { thresholds: { ...DEFAULT_THRESHOLDS, silenceRounds: 3 }, digestHour: 14 },
      etag,
    );
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ thresholds: { silenceRounds: 3 }, digestHour: 14 });
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await put(h.school.coordinator, { digestHour: 16 }, etag)).status).toBe(412);
    const now = await (await h.call("GET", SETTINGS, { as: h.school.coordinator })).json();
    expect(now).toMatchObject({ digestHour: 14 });
  });

  it("a coordinator sets the reminder hours (1-168) and they are kept beside the thresholds", async () => {
    const first = await h.call("GET", SETTINGS, { as: h.school.coordinator });
    const changed = await put(h.school.coordinator, { reminderHours: 36 }, first.headers.get("etag")!);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ reminderHours: 36, digestHour: 14 });
    expect((await h.app.stores.schoolSettings.get(h.school.tenantId))?.value.reminderHours).toBe(36);
  });
});

describe("acting on a flag from the tab", () => {
  it("the student's mentor acknowledges, snoozes and dismisses; anyone else gets 404 and changes nothing", async () => {
    const [asker, low] = h.school.students;
    const path = (id: string, what: string) => `/api/v1/students/${id}/flag/${what}`;
    expect((await h.call("POST", path(asker!, "acknowledge"), { as: h.school.otherMentor, body: {} })).status).toBe(
      404,
    );
    const acknowledged = await h.call("POST", path(asker!, "acknowledge"), { as: h.school.mentor, body: {} });
    expect(acknowledged.status).toBe(200);
    expect(await acknowledged.json()).toMatchObject({ status: "acknowledged", severity: 3 });

    expect((await h.call("POST", path(low!, "snooze"), { as: h.school.mentor, body: { days: 0 } })).status).toBe(400);
    const snoozed = await h.call("POST", path(low!, "snooze"), { as: h.school.mentor, body: { days: 5 } });
    expect(snoozed.status).toBe(200);
    expect(await h.app.stores.snoozes.get(h.school.tenantId, h.school.mentor, low!)).toBeDefined();

    const dismissed = await h.call("POST", path(low!, "dismiss"), { as: h.school.mentor, body: {} });
    expect(await dismissed.json()).toMatchObject({ status: "dismissed" });
    expect((await h.call("POST", path(low!, "dismiss"), { as: h.school.mentor, body: {} })).status).toBe(409);
  });
});

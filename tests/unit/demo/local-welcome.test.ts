import { describe, expect, it } from "vitest";
import { buildDemoSchool } from "../../../src/domain/demo/build-demo-school.js";
import { demoSummary } from "../../../src/domain/demo/demo-summary.js";
import { replayDemoSchool } from "../../../src/domain/demo/replay-history.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import { formatLocalWelcome } from "../../../src/local/print-local-welcome.js";

const school = buildDemoSchool("tenant-welcome", new Date("2025-03-12T10:30:00.000Z"));
const demo = demoSummary(school, replayDemoSchool(school, DEFAULT_THRESHOLDS));
const url = "http://127.0.0.1:3978";

describe("the local welcome message", () => {
  const text = formatLocalWelcome({ url, demo }, 2345);

  it("says where to open the tab and how long start-up took", () => {
    expect(text).toContain("http://127.0.0.1:3978/tab/");
    expect(text).toContain("2.3 s");
  });

  it("lists every demo sign-in user by name and role", () => {
    for (const user of demo.signInUsers) expect(text).toMatch(new RegExp(`${user.name}\\s+${user.role}`));
    expect(text).toContain(`${demo.flaggedStudents} of them flagged`);
  });

  it("explains how to chat with the bot in the Agents Playground, and how to stop", () => {
    expect(text).toContain("npm run playground");
    expect(text).toContain("http://127.0.0.1:56150");
    expect(text).toContain("Ctrl-C to stop");
  });

  it("says so when demo data is off", () => {
    expect(formatLocalWelcome({ url, demo: undefined }, 900)).toContain("Demo data is off");
  });
});

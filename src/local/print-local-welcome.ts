import type { DemoSummary } from "../use-cases/seed-demo-school.js";

/** The Agents Playground's default port (toolchain.md §4); `npm run playground` starts it there. */
const PLAYGROUND_URL = "http://127.0.0.1:56150";

/**
 * The local-mode welcome as text: where to open the tab, who can sign in, how to chat with the bot. Console text
 * for the developer who ran `npm start`, so English only; it names demo people, never real ones.
 */
export function formatLocalWelcome(app: { url: string; demo: DemoSummary | undefined }, startupMs: number): string {
  const seconds = (startupMs / 1000).toFixed(1);
  const lines = [
    "",
    `Trivsel is ready in ${seconds} s (local mode, storage in this process).`,
    "",
    `  Tab           ${app.url}/tab/`,
    `  Bot endpoint  ${app.url}/api/messages`,
    `  Health        ${app.url}/healthz   ${app.url}/readyz`,
    "",
    ...demoLines(app.demo),
    "Chat with the bot in the Microsoft 365 Agents Playground (a local Teams stand-in, no account needed):",
    "  1. In a second terminal: npm run playground",
    `  2. Open ${PLAYGROUND_URL} and write to the bot; in a channel, say "check in" to open a survey round.`,
    "",
    "Ctrl-C to stop.",
    "",
  ];
  return lines.join("\n");
}

function demoLines(demo: DemoSummary | undefined): string[] {
  if (!demo) return ["Demo data is off (DEMO_DATA=false): install the app in a team to start.", ""];
  const nameWidth = Math.max(...demo.signInUsers.map((u) => u.name.length));
  const roleWidth = Math.max(...demo.signInUsers.map((u) => u.role.length));
  return [
    `Demo school: ${demo.classes.length} classes (${demo.classes.map((c) => c.name).join(", ")}),`,
    `  ${demo.students} students, ${demo.flaggedStudents} of them flagged right now.`,
    "Open the tab in a browser and pick who to sign in as, for example:",
    ...demo.signInUsers.map((u) => `  ${u.name.padEnd(nameWidth)}  ${u.role.padEnd(roleWidth)}  ${u.detail}`),
    "",
  ];
}

/** Prints the welcome once the app is listening (local mode only; src/main.ts calls it). */
export function printLocalWelcome(app: { url: string; demo: DemoSummary | undefined }, startupMs: number): void {
  console.log(formatLocalWelcome(app, startupMs));
}

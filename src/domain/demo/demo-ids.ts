/**
 * Fixed ids for the demo school, shaped like the Entra object and group ids Teams would give us. They do not
 * depend on the tenant, so the Agents Playground's mock users can name the same people on every start.
 */
const guid = (prefix: string, n: number): string => `${prefix}-d3e0-4000-8000-${String(n).padStart(12, "0")}`;

export const demoIds = {
  classId: (n: number) => guid("c1a55000", n),
  studentId: (n: number) => guid("5d000000", n),
  staffId: (n: number) => guid("57aff000", n),
  /** Teams addresses users as "29:..."; ours are recognisably invented. */
  teamsUserId: (userId: string) => `29:demo-${userId}`,
  /** A team's General channel has the team's own id as its conversation id. */
  teamId: (code: string) => `19:demo-${code}@thread.tacv2`,
  /** 1:1 bot conversations start with "a:". */
  personalConversationId: (userId: string) => `a:demo-${userId}`,
  roundId: (classCode: string, opensAt: string) => `demo-${classCode}-${opensAt.slice(0, 10)}`,
};

/** The Agents Playground's mock Bot Connector, so demo sends reach something local (DESIGN §1). */
export const DEMO_SERVICE_URL = "http://127.0.0.1:56150/_connector";

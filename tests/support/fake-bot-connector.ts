import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Bot Connector (REST v3) on 127.0.0.1 for integration tests: the routes the bot uses, answering with the
 * shapes of tests/fixtures/teams (SOURCES.md §5: 201 for creates and sends, 200 for GETs and updates), a
 * scripted roster per team, every call recorded, and failures scriptable per route.
 */

export type RouteName =
  "createConversation" | "sendToConversation" | "replyToActivity" | "updateActivity" | "pagedMembers" | "teamChannels";

export interface RecordedCall {
  route: RouteName | "unknown";
  method: string;
  /** Decoded path, e.g. /v3/conversations/a:1.../activities. */
  path: string;
  /** The decoded conversation or team id in the path, when the route has one. */
  conversationId?: string;
  body: unknown;
  authorization: string | undefined;
  /** When the fake received it (epoch ms), to check that nothing was sent during a Retry-After pause. */
  at: number;
  /** The status the fake answered with (undefined while a scripted hang holds it). */
  status?: number;
}

/** A team member as pagedmembers returns it (teams-rest-pagedmembers-response.json). */
export interface FakeMember {
  id: string;
  name: string;
  aadObjectId?: string;
  userRole?: string;
}

export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Teams serves 50-500 members a page (SOURCES.md §5); the fake honours pageSize within that. */
const MAX_PAGE = 500;

/**
 * Teams' throttling as the fake enforces it when asked (teams-platform.md §2.1): per conversation 7 requests in 1 s
 * (and 8 in 2 s); per app 50 requests per second. Over a limit the fake answers 429 with a Retry-After, as Teams does.
 */
export interface TeamsLimits {
  perConversation: ReadonlyArray<readonly [windowMs: number, max: number]>;
  appPerSecond: number;
}
export const TEAMS_LIMITS: TeamsLimits = {
  perConversation: [
    [1_000, 7],
    [2_000, 8],
  ],
  appPerSecond: 50,
};

export class FakeBotConnector {
  readonly calls: RecordedCall[] = [];
  private readonly rosters = new Map<string, FakeMember[]>();
  private readonly failures = new Map<RouteName, ScriptedFailure[]>();
  private readonly conditional: Array<{
    route: RouteName;
    match: (call: RecordedCall) => boolean;
    failure: ScriptedFailure;
    left: number;
  }> = [];
  private nextMessageId = 1_767_765_488_000;
  private limits: TeamsLimits | undefined;
  private readonly appStarts: number[] = [];
  private readonly conversationStarts = new Map<string, number[]>();
  private injected: { status: number; rate: number; random: () => number } | undefined;
  private hangs = 0;
  private readonly hung = new Set<http.ServerResponse>();
  private latencyMs = 0;
  /** 429s the fake answered because a limit was exceeded (not scripted ones). */
  limitViolations = 0;
  /** Activities the fake accepted (201) per conversation: more than one survey per round is a duplicate. */
  readonly accepted = new Map<string, number>();

  private constructor(
    private readonly server: http.Server,
    /** The serviceUrl activities carry, with a trailing slash like Teams' own. */
    readonly serviceUrl: string,
  ) {}

  static async start(): Promise<FakeBotConnector> {
    const holder: { connector?: FakeBotConnector } = {};
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => holder.connector?.respond(req, res, Buffer.concat(chunks).toString("utf8")));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    holder.connector = new FakeBotConnector(server, `http://127.0.0.1:${port}/`);
    return holder.connector;
  }

  setRoster(teamId: string, members: FakeMember[]): void {
    this.rosters.set(teamId, members);
  }

  /** The next `times` calls to `route` fail with this status (and e.g. a Retry-After header). */
  failNext(route: RouteName, failure: ScriptedFailure, times = 1): void {
    const queue = this.failures.get(route) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(route, queue);
  }

  /** The next `times` calls to `route` that `match` (e.g. one conversation or one member) fail with this status. */
  failWhen(route: RouteName, match: (call: RecordedCall) => boolean, failure: ScriptedFailure, times = 1): void {
    this.conditional.push({ route, match, failure, left: times });
  }

  /** Answers 429 whenever a request exceeds Teams' per-conversation or per-app limits (the benchmark's mode). */
  enforceLimits(limits: TeamsLimits = TEAMS_LIMITS): void {
    this.limits = limits;
  }

  /** Sends and creates fail with `status` at random with probability `rate` (seeded, so runs repeat). */
  injectFailures(status: number, rate: number, seed = 1): void {
    let x = seed >>> 0 || 1;
    const random = () => {
      // xorshift32: tiny, seedable, good enough to spread failures
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 4_294_967_296;
    };
    this.injected = { status, rate, random };
  }

  /** The next `times` sends get no answer at all (the client's timeout must fire); nothing is delivered. */
  hangNext(times = 1): void {
    this.hangs += times;
  }

  /** Every answer waits this long, like a real connector's round trip. */
  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  callsTo(route: RouteName): RecordedCall[] {
    return this.calls.filter((c) => c.route === route);
  }

  /** Activities posted into a conversation (sends and replies). */
  activitiesIn(conversationId: string): Array<Record<string, unknown>> {
    return this.calls
      .filter(
        (c) =>
          (c.route === "sendToConversation" || c.route === "replyToActivity") && c.conversationId === conversationId,
      )
      .map((c) => c.body as Record<string, unknown>);
  }

  /** The 1:1 conversation id the fake hands out for a Teams user: stable, as Teams' is (SOURCES.md §5). */
  personalConversationId(teamsUserId: string): string {
    return `a:1${createHash("sha256").update(teamsUserId).digest("base64url").slice(0, 40)}`;
  }

  async waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  stop(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.server.closeAllConnections?.();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private respond(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const url = new URL(req.url ?? "/", this.serviceUrl);
    const method = req.method ?? "GET";
    const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const { route, conversationId } = matchRoute(method, segments);
    const call: RecordedCall = {
      route,
      method,
      path: `/${segments.join("/")}`,
      body: raw ? safeJson(raw) : undefined,
      authorization: req.headers.authorization,
      at: Date.now(),
      ...(conversationId !== undefined ? { conversationId } : {}),
    };
    this.calls.push(call);
    const failure = route === "unknown" ? undefined : (this.scriptedFailure(route, call) ?? this.limitFailure(call));
    call.status = failure?.status;
    if (failure) {
      const body = failure.body ?? { error: { code: `Status${failure.status}`, message: "Scripted failure." } };
      return this.answer(() => send(res, failure.status, body, failure.headers));
    }
    if (route === "sendToConversation" && this.hangs > 0) {
      this.hangs--;
      this.hung.add(res);
      return;
    }
    if (route === "sendToConversation" || route === "replyToActivity") {
      const key = conversationId ?? "";
      this.accepted.set(key, (this.accepted.get(key) ?? 0) + 1);
    }
    if (this.latencyMs > 0)
      return void setTimeout(() => this.route(route, conversationId, call, segments, url, res), this.latencyMs);
    this.route(route, conversationId, call, segments, url, res);
  }

  private answer(reply: () => void): void {
    if (this.latencyMs > 0) setTimeout(reply, this.latencyMs);
    else reply();
  }

  /** Teams' throttling (when enforced) and injected random failures, for sends and creates. */
  private limitFailure(call: RecordedCall): ScriptedFailure | undefined {
    if (call.route !== "sendToConversation" && call.route !== "createConversation") return undefined;
    const now = Date.now();
    if (this.limits) {
      const thread =
        call.conversationId ?? `create:${(call.body as { members?: Array<{ id: string }> })?.members?.[0]?.id}`;
      const starts = this.conversationStarts.get(thread) ?? [];
      this.conversationStarts.set(thread, starts);
      while (this.appStarts.length && this.appStarts[0]! <= now - 1_000) this.appStarts.shift();
      const overConversation = this.limits.perConversation.some(
        ([windowMs, max]) => starts.filter((t) => t > now - windowMs).length >= max,
      );
      const overApp = this.appStarts.length >= this.limits.appPerSecond;
      this.appStarts.push(now);
      starts.push(now);
      if (overConversation || overApp) {
        this.limitViolations++;
        return { status: 429, headers: { "retry-after": "1" } };
      }
    }
    if (this.injected && this.injected.random() < this.injected.rate) return { status: this.injected.status };
    return undefined;
  }

  private route(
    route: RouteName | "unknown",
    conversationId: string | undefined,
    call: RecordedCall,
    segments: string[],
    url: URL,
    res: http.ServerResponse,
  ): void {
    switch (route) {
      case "createConversation":
        return send(res, 201, this.createConversation(call.body as Record<string, unknown>));
      case "sendToConversation":
      case "replyToActivity":
        return send(res, 201, { id: String(this.nextMessageId++) });
      case "updateActivity":
        return send(res, 200, { id: segments[4] ?? "" });
      case "pagedMembers":
        return send(res, 200, this.pagedMembers(conversationId ?? "", url.searchParams));
      case "teamChannels":
        // teams-rest-teamChannels-response.json: the General channel's id is the team id and its name is null.
        return send(res, 200, { conversations: [{ id: conversationId, name: null }] });
      default:
        return send(res, 404, { error: { code: "NotFound", message: "No such route in the fake connector." } });
    }
  }

  private scriptedFailure(route: RouteName, call: RecordedCall): ScriptedFailure | undefined {
    const conditional = this.conditional.find((c) => c.route === route && c.left > 0 && c.match(call));
    if (conditional) {
      conditional.left--;
      return conditional.failure;
    }
    return this.failures.get(route)?.shift();
  }

  private createConversation(body: Record<string, unknown>): Record<string, string> {
    if (body.isGroup) {
      // teams-rest-createConversation-channelThread-response.json
      const channel = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? "19:unknown";
      const activityId = String(this.nextMessageId++);
      return { id: `${channel};messageid=${activityId}`, activityId };
    }
    // teams-rest-createConversation-personal-response.json: only `id`.
    const member = (body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? "";
    return { id: this.personalConversationId(member) };
  }

  private pagedMembers(teamId: string, query: URLSearchParams): Record<string, unknown> {
    const all = this.rosters.get(teamId) ?? [];
    const pageSize = Math.min(Number(query.get("pageSize") ?? 200) || 200, MAX_PAGE);
    const start = Number(query.get("continuationToken") ?? 0) || 0;
    const page = all.slice(start, start + pageSize).map((m) => ({
      id: m.id,
      name: m.name,
      ...(m.aadObjectId ? { aadObjectId: m.aadObjectId, objectId: m.aadObjectId } : {}),
      userRole: m.userRole ?? "user",
    }));
    const next = start + pageSize < all.length ? String(start + pageSize) : undefined;
    return { members: page, ...(next ? { continuationToken: next } : {}) };
  }
}

function matchRoute(method: string, s: string[]): { route: RouteName | "unknown"; conversationId?: string } {
  if (s[0] !== "v3") return { route: "unknown" };
  if (s[1] === "teams" && s[3] === "conversations" && method === "GET")
    return { route: "teamChannels", conversationId: s[2] };
  if (s[1] !== "conversations") return { route: "unknown" };
  if (s.length === 2 && method === "POST") return { route: "createConversation" };
  const conversationId = s[2];
  if (s[3] === "pagedmembers" && method === "GET") return { route: "pagedMembers", conversationId };
  if (s[3] === "activities" && s.length === 4 && method === "POST")
    return { route: "sendToConversation", conversationId };
  if (s[3] === "activities" && s.length === 5 && method === "POST") return { route: "replyToActivity", conversationId };
  if (s[3] === "activities" && s.length === 5 && method === "PUT") return { route: "updateActivity", conversationId };
  return { route: "unknown", conversationId };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  // Connector errors carry this content type and an MS-CV header (SOURCES.md §5).
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "ms-cv": "fake.1", ...headers });
  res.end(JSON.stringify(body));
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

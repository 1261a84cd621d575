import type { ActionCardsResponse, ActionCardView, SaveActionCardBody } from "../../http/api/schemas/action-cards.js";
import type {
  CaseDetailResponse,
  CaseNoteBody,
  CloseCaseBody,
  HandOverBody,
  SupportStaffResponse,
  UpdateCaseBody,
} from "../../http/api/schemas/cases.js";
import type { CheckInResponse, ClassOverviewResponse } from "../../http/api/schemas/classes.js";
import type { ImportMentorshipsBody, ImportMentorshipsResponse } from "../../http/api/schemas/mentorships.js";
import type { SchoolOverviewResponse } from "../../http/api/schemas/school.js";
import type { DemoSignInResponse, DemoUsersResponse } from "../../http/api/schemas/demo.js";
import type { MeResponse } from "../../http/api/schemas/me.js";
import type { MyWellbeingResponse } from "../../http/api/schemas/wellbeing.js";
import type {
  AssignCaseBody,
  AssignCaseResponse,
  MyStudentsResponse,
  StudentRecordResponse,
} from "../../http/api/schemas/students.js";

/** The school's rule settings (issue 5's API), as the thresholds editor edits them. */
export interface SchoolSettings {
  thresholds: Record<string, number>;
  digestHour: number;
  timeZone: string;
  /** Hours before a round closes when non-respondents get the one reminder (1-168). */
  reminderHours?: number;
}

/** A failed call, by the API's error code (or "network" when the server could not be reached). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** Per-field problems, already localized by the server (e.g. schedule validation). */
    readonly details: ReadonlyArray<{ path: string; message: string }> = [],
  ) {
    super(code);
  }
}

/** Supplies a bearer token: Teams SSO inside Teams, the demo token in local mode. */
export type TokenSource = () => Promise<string>;

/**
 * The tab's typed API client. Response types are the server's own zod schemas (type-only imports: nothing of
 * zod reaches the bundle), so a changed API fails `npm run check` here too.
 */
export function createApi(getToken: TokenSource | undefined, locale: string) {
  async function call<T>(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<T> {
    return (await exchange<T>(method, path, body, extra)).json;
  }
  /** A call that also returns the ETag (settings use HTTP ETag / If-Match). */
  async function exchange<T>(
    method: string,
    path: string,
    body?: unknown,
    extra?: Record<string, string>,
  ): Promise<{ json: T; etag: string | undefined }> {
    const headers: Record<string, string> = { accept: "application/json", ...extra };
    if (getToken) headers.authorization = `Bearer ${await getToken()}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch {
      throw new ApiFailure(0, "network");
    }
    const json = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; details?: Array<{ path: string; message: string }> } } | undefined;
    if (!response.ok) throw new ApiFailure(response.status, json?.error?.code ?? "internal", json?.error?.details);
    return { json: json as T, etag: response.headers.get("etag") ?? undefined };
  }
  const q = `locale=${encodeURIComponent(locale)}`;
  const id = encodeURIComponent;
  return {
    /** For views that own their endpoints (schedules, delivery reports: src/tab/views/schedule-api.ts). */
    call,
    query: q,
    me: () => call<MeResponse>("GET", "/api/v1/me"),
    myWellbeing: () => call<MyWellbeingResponse>("GET", "/api/v1/me/wellbeing"),
    myStudents: () => call<MyStudentsResponse>("GET", `/api/v1/my-students?${q}`),
    student: (studentId: string) => call<StudentRecordResponse>("GET", `/api/v1/students/${id(studentId)}?${q}`),
    actionCards: () => call<ActionCardsResponse>("GET", `/api/v1/action-cards?${q}`),
    actionCardsIn: (language: string) =>
      call<ActionCardsResponse>("GET", `/api/v1/action-cards?locale=${encodeURIComponent(language)}`),
    saveActionCard: (body: SaveActionCardBody) => call<ActionCardView>("POST", `/api/v1/action-cards?${q}`, body),
    assignCase: (studentId: string, body: AssignCaseBody) =>
      call<AssignCaseResponse>("POST", `/api/v1/students/${id(studentId)}/cases?${q}`, body),
    caseDetail: (studentId: string, caseId: string) =>
      call<CaseDetailResponse>("GET", `/api/v1/students/${id(studentId)}/cases/${id(caseId)}?${q}`),
    updateCase: (studentId: string, caseId: string, body: UpdateCaseBody) =>
      call<CaseDetailResponse>("POST", `/api/v1/students/${id(studentId)}/cases/${id(caseId)}/update?${q}`, body),
    addCaseNote: (studentId: string, caseId: string, body: CaseNoteBody) =>
      call<CaseDetailResponse>("POST", `/api/v1/students/${id(studentId)}/cases/${id(caseId)}/notes?${q}`, body),
    handOverCase: (studentId: string, caseId: string, body: HandOverBody) =>
      call<CaseDetailResponse>("POST", `/api/v1/students/${id(studentId)}/cases/${id(caseId)}/hand-over?${q}`, body),
    closeCase: (studentId: string, caseId: string, body: CloseCaseBody) =>
      call<CaseDetailResponse>("POST", `/api/v1/students/${id(studentId)}/cases/${id(caseId)}/close?${q}`, body),
    supportStaff: (studentId: string) =>
      call<SupportStaffResponse>("GET", `/api/v1/students/${id(studentId)}/support-staff?${q}`),
    schoolOverview: () => call<SchoolOverviewResponse>("GET", `/api/v1/school/overview?${q}`),
    importMentorships: (body: ImportMentorshipsBody) =>
      call<ImportMentorshipsResponse>("POST", "/api/v1/school/mentorships/import", body),
    thresholds: () => exchange<SchoolSettings>("GET", "/api/v1/school/settings/thresholds"),
    saveThresholds: (body: Partial<SchoolSettings>, etag: string) =>
      exchange<SchoolSettings>("PUT", "/api/v1/school/settings/thresholds", body, { "if-match": etag }),
    classOverview: (classId: string) =>
      call<ClassOverviewResponse>("GET", `/api/v1/classes/${id(classId)}/overview?${q}`),
    checkIn: (classId: string) => call<CheckInResponse>("POST", `/api/v1/classes/${id(classId)}/check-in?${q}`, {}),
    demoUsers: () => call<DemoUsersResponse>("GET", "/api/v1/demo/users"),
    demoSignIn: (userId: string) => call<DemoSignInResponse>("POST", "/api/v1/demo/sign-in", { userId }),
  };
}

export type Api = ReturnType<typeof createApi>;

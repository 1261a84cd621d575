import { useEffect, useState } from "react";
import type { CaseDetailResponse, SupportStaffResponse } from "../../http/api/schemas/cases.js";
import { ApiFailure, type Api } from "../api/client.js";
import { problemText } from "../components/Problem.js";
import { useI18n } from "../i18n/strings.js";
import type { CaseMessage } from "./CaseHeader.js";

type Detail = CaseDetailResponse;

/** One case as loaded, and the one way to change it. */
export interface CaseChanges {
  detail: Detail | undefined;
  /** Who the case could be handed to; empty when that list cannot be read. */
  staff: SupportStaffResponse["staff"];
  message: CaseMessage | undefined;
  /** True while a change is saving: the controls are disabled so changes never race each other. */
  busy: boolean;
  /**
   * Sends one change with the ETag the user was shown and shows the stored result. A 409 (someone else changed
   * the case) reloads it and says so instead of overwriting. Never rejects, so callers may chain on it.
   */
  run: (change: (etag: string) => Promise<Detail>, done?: string) => Promise<void>;
}

/** Loads a case (and the staff it could be handed to) once per case id and applies changes to it. */
export function useCaseChanges(api: Api, studentId: string, caseId: string): CaseChanges {
  const { s } = useI18n();
  const [detail, setDetail] = useState<Detail>();
  const [staff, setStaff] = useState<SupportStaffResponse["staff"]>([]);
  const [message, setMessage] = useState<CaseMessage>();
  const [busy, setBusy] = useState(false);

  const load = () => api.caseDetail(studentId, caseId).then(setDetail);
  useEffect(() => {
    void load().catch((error: unknown) => setMessage({ intent: "error", text: problemText(error, s) }));
    void api.supportStaff(studentId).then(
      (r) => setStaff(r.staff),
      () => setStaff([]),
    );
    // Loads once per case; `load` only closes over these ids.
  }, [api, studentId, caseId]);

  const run = async (change: (etag: string) => Promise<Detail>, done?: string) => {
    if (!detail) return;
    setBusy(true);
    setMessage(undefined);
    try {
      setDetail(await change(detail.etag));
      if (done) setMessage({ intent: "success", text: done });
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 409) {
        await load().catch(() => undefined);
        setMessage({ intent: "warning", text: s.errorConflict });
      } else if (error instanceof ApiFailure && error.status === 400) {
        setMessage({ intent: "error", text: s.errorInvalid });
      } else {
        setMessage({ intent: "error", text: problemText(error, s) });
      }
    } finally {
      setBusy(false);
    }
  };

  return { detail, staff, message, busy, run };
}

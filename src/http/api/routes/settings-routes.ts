import { isTimeZone, reminderHoursOf } from "../../../domain/scoring/school-settings.js";
import { getSchoolSettings, updateSchoolSettings, type SettingsResult } from "../../../use-cases/school-thresholds.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { SchoolSettingsBody, SchoolSettingsResponse } from "../schemas/flags.js";

/** The storage ETag, made opaque and safe as a quoted HTTP entity tag (it contains quotes itself). */
const toEtag = (version: string) => `"${Buffer.from(version).toString("base64url")}"`;
function fromEtag(header: string | undefined): string | undefined {
  const match = header ? /^"([\w-]+)"$/.exec(header.trim()) : null;
  return match ? Buffer.from(match[1]!, "base64url").toString() : undefined;
}

function answer(result: SettingsResult) {
  if (!result.ok) {
    if (result.reason === "forbidden") throw new ApiError(403, "forbidden", "Only coordinators change rule settings.");
    throw new ApiError(412, "conflict", "The settings were changed by someone else. Reload and try again.");
  }
  const settings = result.value.settings;
  // Rows saved before the reminder setting existed show the default the reminders actually use.
  const body = { ...settings, reminderHours: reminderHoursOf(settings) };
  return { body, headers: { ETag: toEtag(result.value.version) } };
}

/** A coordinator reads and changes the school's flag thresholds and digest settings (ETag / If-Match). */
export function settingsRoutes(deps: ApiDeps): ApiRoute[] {
  const path = "/api/v1/school/settings/thresholds";
  return [
    defineRoute({
      method: "get",
      path,
      operationId: "getSchoolSettings",
      summary:
        "The school's flag thresholds, daily digest hour/time zone and reminder hours, with an ETag (coordinators only)",
      tag: "settings",
      auth: true,
      response: SchoolSettingsResponse,
      successStatus: 200,
      errors: [401, 403],
      handle: async ({ actor }) => answer(await getSchoolSettings(deps, requireActor(actor))),
    }),
    defineRoute({
      method: "put",
      path,
      operationId: "updateSchoolSettings",
      summary:
        "Change thresholds, digest or reminder settings (reminderHours 1-168); send the ETag from GET as If-Match " +
        "(coordinators only)",
      tag: "settings",
      auth: true,
      body: SchoolSettingsBody,
      response: SchoolSettingsResponse,
      successStatus: 200,
      errors: [400, 401, 403, 412, 428],
      handle: async ({ actor, body, ifMatch }) => {
        const who = requireActor(actor);
        if (!who.isCoordinator) throw new ApiError(403, "forbidden", "Only coordinators change rule settings.");
        const version = fromEtag(ifMatch);
        if (!version) throw new ApiError(428, "badRequest", "Send the settings' ETag as If-Match.");
        if (body.timeZone !== undefined && !isTimeZone(body.timeZone)) {
          throw new ApiError(400, "badRequest", "Unknown time zone.");
        }
        const change = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
        return answer(await updateSchoolSettings(deps, who, { change, version }));
      },
    }),
  ];
}

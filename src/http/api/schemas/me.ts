import { z } from "zod";
import { ROLES } from "../../../domain/privacy/access.js";

export const MeResponse = z.object({
  userId: z.string(),
  tenantId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  classes: z.array(
    z.object({ classId: z.string(), name: z.string(), level: z.string(), role: z.enum(["student", "teacher"]) }),
  ),
  localeHint: z.string().optional().describe("the locale the bot last saw for this user; the Teams context wins"),
});
export type MeResponse = z.output<typeof MeResponse>;

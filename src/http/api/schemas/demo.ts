import { z } from "zod";
import { ROLES } from "../../../domain/privacy/access.js";
import { Id } from "./common.js";

export const DemoUsersResponse = z.object({
  tenantId: z.string(),
  users: z.array(z.object({ userId: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)) })),
});
export type DemoUsersResponse = z.output<typeof DemoUsersResponse>;

export const DemoSignInBody = z.object({ userId: Id }).strict();

export const DemoSignInResponse = z.object({
  token: z.string(),
  expiresInSeconds: z.number().int(),
});
export type DemoSignInResponse = z.output<typeof DemoSignInResponse>;

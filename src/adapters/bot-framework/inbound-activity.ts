import { z } from "zod";

/** Ids and names in Teams activities are short; these caps only stop absurd payloads at the edge. */
const id = z.string().min(1).max(1024);
const account = z.object({ id, aadObjectId: z.string().max(128).optional(), name: z.string().max(512).optional() });

/**
 * The parts of a Teams activity the bot relies on, checked before botbuilder sees it (unknown keys pass through:
 * Teams adds fields over time, SOURCES.md §4). Shapes follow tests/fixtures/teams.
 */
export const inboundActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    serviceUrl: z.url(),
    channelId: z.string().min(1).max(64),
    from: account,
    recipient: account,
    conversation: z.object({
      id,
      tenantId: z.string().max(128).optional(),
      conversationType: z.string().max(64).optional(),
    }),
    channelData: z
      .object({
        tenant: z.object({ id: z.string().max(128) }).optional(),
        team: z.object({ id, aadGroupId: z.string().max(128).optional(), name: z.string().optional() }).optional(),
      })
      .optional(),
    locale: z.string().max(64).optional(),
    text: z.string().optional(),
    name: z.string().max(256).optional(),
    action: z.string().max(64).optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
  })
  .loose();

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** The tenant an activity belongs to: `conversation.tenantId`, or `channelData.tenant.id` in older shapes. */
export function tenantOf(activity: InboundActivity): string | undefined {
  return activity.conversation.tenantId || activity.channelData?.tenant?.id || undefined;
}

/** A short, value-free description of what is wrong (paths only: activity contents never go into errors or logs). */
export function describeIssues(error: z.ZodError): string {
  const paths = [...new Set(error.issues.map((issue) => issue.path.join(".") || "(body)"))];
  return `Not a valid Bot Framework activity: check ${paths.slice(0, 5).join(", ")}.`;
}

/** The fields of a 1:1 chat reference that proactive sends depend on (DESIGN §4 `conversations`). */
export interface ChatReferenceFields {
  conversationId: string;
  serviceUrl: string;
  teamsUserId: string;
  locale: string;
}

/**
 * A short digest of a 1:1 chat reference. A survey card sent to a chat carries the digest of the reference it was
 * sent with; when the student's answer arrives from a chat whose reference has the same digest, nothing changed
 * since, and the bot skips the read-compare-write refresh of the stored reference (one storage read per answer).
 * Not a security control: a forged digest can at worst skip the refresh of the sender's own reference, which their
 * next message refreshes again; so a fast non-cryptographic hash (two 32-bit FNV-1a lanes) is enough.
 */
export function chatFingerprint(ref: ChatReferenceFields): string {
  const text = [ref.conversationId, ref.serviceUrl, ref.teamsUserId, ref.locale].join("\u0000");
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + "." + (b >>> 0).toString(36);
}

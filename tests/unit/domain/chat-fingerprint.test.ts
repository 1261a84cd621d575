import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chatFingerprint, type ChatReferenceFields } from "../../../src/domain/school/chat-fingerprint.js";

const REF: ChatReferenceFields = {
  conversationId: "a:1Xq9-invented",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  teamsUserId: "29:1abc",
  locale: "da-DK",
};

describe("chatFingerprint", () => {
  it("is the same for the same reference, and short enough for card data", () => {
    expect(chatFingerprint({ ...REF })).toBe(chatFingerprint(REF));
    expect(chatFingerprint(REF).length).toBeLessThanOrEqual(15);
  });

  it.each(["conversationId", "serviceUrl", "teamsUserId", "locale"] as const)("changes when %s changes", (field) => {
    expect(chatFingerprint({ ...REF, [field]: `${REF[field]}x` })).not.toBe(chatFingerprint(REF));
  });

  it("does not confuse where one field ends and the next begins", () => {
    const shifted = { ...REF, conversationId: `${REF.conversationId}h`, serviceUrl: REF.serviceUrl.slice(1) };
    expect(chatFingerprint({ ...REF, serviceUrl: `h${REF.serviceUrl.slice(1)}` })).not.toBe(chatFingerprint(shifted));
  });

  it("tells random pairs of different references apart", () => {
    const ref = fc.record({
      conversationId: fc.string(),
      serviceUrl: fc.string(),
      teamsUserId: fc.string(),
      locale: fc.constantFrom("da-DK", "sv-SE", "fi-FI", "en-US"),
    });
    fc.assert(
      fc.property(ref, ref, (a, b) => {
        const same = JSON.stringify(a) === JSON.stringify(b);
        return same === (chatFingerprint(a) === chatFingerprint(b));
      }),
    );
  });
});

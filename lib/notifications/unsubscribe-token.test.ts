import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const KEY = "clé-de-test";

describe("unsubscribe tokens", () => {
  it("carry the account and the kind, signed with the auth secret", () => {
    const userId = randomUUID();
    const token = signUnsubscribeToken({ userId, kind: "DIGEST" }, KEY);
    expect(token).toMatch(/^v1\./);
    expect(verifyUnsubscribeToken(token, KEY)).toEqual({ userId, kind: "DIGEST" });
  });

  it("refuse a changed kind or account, another secret, another version and garbage", () => {
    const userId = randomUUID();
    const token = signUnsubscribeToken({ userId, kind: "REMINDER" }, KEY);
    const [version, , , signature] = token.split(".");
    expect(verifyUnsubscribeToken(`${version}.${userId}.DIGEST.${signature}`, KEY)).toBeNull();
    expect(verifyUnsubscribeToken(`${version}.${randomUUID()}.REMINDER.${signature}`, KEY)).toBeNull();
    expect(verifyUnsubscribeToken(`v2.${userId}.REMINDER.${signature}`, KEY)).toBeNull();
    expect(verifyUnsubscribeToken(token, "une-autre-clé")).toBeNull();
    expect(verifyUnsubscribeToken(`${token}.x`, KEY)).toBeNull();
    expect(verifyUnsubscribeToken("n'importe quoi", KEY)).toBeNull();
    expect(verifyUnsubscribeToken("", KEY)).toBeNull();
  });
});

import { createHmac, timingSafeEqual } from "node:crypto";
import { isUuid } from "@/lib/validation/fields";
import { notificationKinds, type NotificationKind } from "./kinds";

// The one-click unsubscribe link of an e-mail: "v1.<userId>.<kind>.<signature>", an HMAC-SHA256 of
// the rest with the auth secret. No sign-in is needed and nothing is stored: the signature is the
// credential, and it only ever lets its holder turn one kind of message off for one account. No
// expiry (a link in an old e-mail must keep working, as RFC 8058 expects); the version prefix lets
// a future format, or a rotated secret, refuse the old links.

const VERSION = "v1";
const PURPOSE = "ti-pilotage:unsubscribe";

export type UnsubscribeClaims = { userId: string; kind: NotificationKind };

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is needed to sign and check unsubscribe links.");
  return value;
}

function signature(payload: string, key: string): string {
  return createHmac("sha256", key).update(`${PURPOSE}:${payload}`).digest("base64url");
}

export function signUnsubscribeToken({ userId, kind }: UnsubscribeClaims, key: string = secret()): string {
  const payload = `${VERSION}.${userId}.${kind}`;
  return `${payload}.${signature(payload, key)}`;
}

/** The claims of a genuine token, or null (malformed, forged, another version). */
export function verifyUnsubscribeToken(token: string, key: string = secret()): UnsubscribeClaims | null {
  const [version, userId, kind, given, ...rest] = token.split(".");
  if (rest.length || version === undefined || userId === undefined || kind === undefined || given === undefined) {
    return null;
  }
  if (version !== VERSION || !isUuid(userId) || !(notificationKinds as readonly string[]).includes(kind)) return null;
  const expected = Buffer.from(signature(`${version}.${userId}.${kind}`, key));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, kind: kind as NotificationKind };
}

import { describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { PASSWORD_MESSAGES, passwordLength, passwordSchema } from "./password-policy";
import {
  ARGON2_PARAMETERS,
  hashPassword,
  isCommonPassword,
  needsRehash,
  strongPasswordSchema,
  verifyPassword,
} from "./password";

function parsePhc(phc: string) {
  const match = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
    phc,
  );
  if (!match) throw new Error(`Not a PHC argon2 string: ${phc}`);
  const [, algorithm, version, m, t, p, salt, digest] = match;
  return { algorithm, version: Number(version), m: Number(m), t: Number(t), p: Number(p), salt, digest };
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe("hashPassword", () => {
  it("stores an argon2id hash with at least the ASVS level-2 parameters", async () => {
    const stored = parsePhc(await hashPassword("une phrase de passe assez longue"));

    expect(stored.algorithm).toBe("argon2id");
    expect(stored.version).toBe(19);
    expect(stored.m).toBeGreaterThanOrEqual(19_456);
    expect(stored.t).toBeGreaterThanOrEqual(2);
    expect(stored.p).toBe(1);
    // 16-byte salt and 32-byte digest, unpadded base64.
    expect(stored.salt).toHaveLength(22);
    expect(stored.digest).toHaveLength(43);
  });

  it("salts every hash", async () => {
    const plain = "la même phrase deux fois";
    expect(await hashPassword(plain)).not.toBe(await hashPassword(plain));
  });
});

describe("verifyPassword", () => {
  it("accepts the right password and refuses another", async () => {
    const stored = await hashPassword("correct horse battery staple");

    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery stapl")).toBe(false);
    expect(await verifyPassword(stored, "Correct horse battery staple")).toBe(false);
  });

  it("returns false for a malformed or foreign hash instead of throwing", async () => {
    for (const malformed of [
      "",
      "not a hash",
      "$argon2id$v=19$m=19456,t=2,p=1$",
      "$2b$10$abcdefghijklmnopqrstuuLuW1x3a1N4o2Gx7p4cJHkVb1R0qK1n6",
    ]) {
      await expect(verifyPassword(malformed, "whatever password")).resolves.toBe(false);
    }
  });

  it("matches accents whether they are typed composed or decomposed", async () => {
    const stored = await hashPassword("café crème à l'été");
    expect(await verifyPassword(stored, "cafe\u0301 cre\u0300me a\u0300 l'e\u0301te\u0301")).toBe(true);
  });
});

describe("needsRehash", () => {
  it("is false for a hash made with the current parameters", async () => {
    expect(needsRehash(await hashPassword("une phrase de passe assez longue"))).toBe(false);
  });

  it("is true for weaker parameters, another algorithm or an unreadable hash", async () => {
    const plain = "une phrase de passe assez longue";
    expect(needsRehash(await hash(plain, { ...ARGON2_PARAMETERS, memoryCost: 4_096 }))).toBe(true);
    expect(needsRehash(await hash(plain, { ...ARGON2_PARAMETERS, timeCost: 1 }))).toBe(true);
    expect(needsRehash(await hash(plain, { ...ARGON2_PARAMETERS, algorithm: 1 }))).toBe(true);
    expect(needsRehash("not a hash")).toBe(true);
  });

  it("is false for stronger parameters", async () => {
    expect(needsRehash(await hash("x", { ...ARGON2_PARAMETERS, memoryCost: 65_536, timeCost: 3 }))).toBe(false);
  });
});

describe("passwordSchema (client-safe length rules)", () => {
  it("refuses 11 characters and accepts 12", () => {
    expect(messages(passwordSchema.safeParse("a".repeat(11)))).toEqual([PASSWORD_MESSAGES.tooShort]);
    expect(passwordSchema.safeParse("a".repeat(12)).success).toBe(true);
  });

  it("accepts 128 characters and refuses 129", () => {
    expect(passwordSchema.safeParse("a".repeat(128)).success).toBe(true);
    expect(messages(passwordSchema.safeParse("a".repeat(129)))).toEqual([PASSWORD_MESSAGES.tooLong]);
  });

  it("has no composition rule and keeps spaces and accents untouched", () => {
    const passphrase = " été à l'île ";
    expect(passwordLength(passphrase)).toBe(13);
    expect(passwordSchema.parse(passphrase)).toBe(passphrase);
    expect(passwordSchema.safeParse("onlylowercase").success).toBe(true);
  });

  it("counts an emoji as one character", () => {
    const elevenAndEmoji = "abcdefghijk😀";
    expect(elevenAndEmoji.length).toBe(13);
    expect(passwordLength(elevenAndEmoji)).toBe(12);
    expect(passwordSchema.safeParse(elevenAndEmoji).success).toBe(true);
    expect(passwordSchema.safeParse("abcdefghij😀").success).toBe(false);
    expect(passwordSchema.safeParse("😀".repeat(128)).success).toBe(true);
    expect(passwordSchema.safeParse("😀".repeat(129)).success).toBe(false);
  });

  it("answers in French when the value is not a string", () => {
    expect(messages(passwordSchema.safeParse(undefined))).toEqual(["Saisissez un mot de passe."]);
  });
});

describe("strongPasswordSchema (server)", () => {
  it("refuses a common password, whatever its case", () => {
    expect(messages(strongPasswordSchema.safeParse("123qweasdzxc"))).toEqual([PASSWORD_MESSAGES.tooCommon]);
    expect(strongPasswordSchema.safeParse("123QWEasdZXC").success).toBe(false);
    expect(isCommonPassword("123qweasdzxc")).toBe(true);
  });

  it("reports only the length problem for a short common password", () => {
    expect(messages(strongPasswordSchema.safeParse("password"))).toEqual([PASSWORD_MESSAGES.tooShort]);
  });

  it("accepts a 12-character passphrase with spaces and accents", () => {
    const passphrase = "thé à l'aube";
    expect(passwordLength(passphrase)).toBe(12);
    expect(strongPasswordSchema.safeParse(passphrase).success).toBe(true);
  });
});

// No "server-only" marker: the seed scripts run this outside Next.js. The native argon2 binding
// cannot be bundled for a browser, so a client import fails the build all the same.
import { hash, parseOptions, verify, type Algorithm, type Version } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, passwordLength, passwordSchema } from "./password-policy";

// The package declares these as `const enum`s, which TypeScript cannot inline under
// isolatedModules and which are empty objects at runtime: use their numeric values.
const ARGON2ID: Algorithm = 2;
const VERSION_0X13: Version = 1;

/** OWASP ASVS 5 level-2 minimum for argon2id (m=19 MiB, t=2, p=1). */
export const ARGON2_PARAMETERS = {
  algorithm: ARGON2ID,
  version: VERSION_0X13,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

const MIN_SALT_BYTES = 16;

/**
 * NFKC so that the same password typed on systems that compose accents differently (é as one
 * character or as e + combining accent) gives the same hash, as NIST SP 800-63B recommends.
 * Changing this later would invalidate every stored hash.
 */
function normalize(plain: string): string {
  return plain.normalize("NFKC");
}

export function hashPassword(plain: string): Promise<string> {
  return hash(normalize(plain), ARGON2_PARAMETERS);
}

/** False for a wrong password and for a hash that cannot be read, never an exception. */
export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalize(plain));
  } catch {
    return false;
  }
}

/**
 * True when the hash was made with weaker settings than today's: call it after a successful
 * login and store `hashPassword(plain)` again, the only moment the plain password is known.
 */
export function needsRehash(storedHash: string): boolean {
  try {
    const stored = parseOptions(storedHash);
    return (
      stored.algorithm !== ARGON2_PARAMETERS.algorithm ||
      stored.version !== ARGON2_PARAMETERS.version ||
      stored.memoryCost < ARGON2_PARAMETERS.memoryCost ||
      stored.timeCost < ARGON2_PARAMETERS.timeCost ||
      stored.outputLen < ARGON2_PARAMETERS.outputLen ||
      stored.saltLen < MIN_SALT_BYTES
    );
  } catch {
    return true;
  }
}

let commonPasswords: Set<string> | undefined;

function commonPasswordSet(): Set<string> {
  // Shorter entries are already refused by the length rule; keeping them would only cost memory.
  commonPasswords ??= new Set(
    dictionary["passwords-common"]
      .map((password) => password.toLowerCase())
      .filter((password) => passwordLength(password) >= PASSWORD_MIN_LENGTH),
  );
  return commonPasswords;
}

/** Case-insensitive exact match against the ~49k most common passwords of zxcvbn-ts. */
export function isCommonPassword(plain: string): boolean {
  return commonPasswordSet().has(normalize(plain).toLowerCase());
}

/**
 * The password policy the server must enforce whenever a password is set: the client-safe
 * length rules plus the refusal of common passwords (ASVS 5, V6.2.4).
 */
export const strongPasswordSchema = passwordSchema.refine((password) => !isCommonPassword(password), {
  message: PASSWORD_MESSAGES.tooCommon,
});

import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db";
import { authenticate } from "./authenticate";
import { THROTTLED_PREFIX } from "./login-error-codes";
import { clientAddressFrom } from "@/lib/security/client-address";
import { safeReturnPath } from "@/lib/security/return-url";
import { authCookies, usesSecureCookies } from "./cookies";
import {
  PROCONNECT_PROVIDER_ID,
  proConnectProvider,
  readProConnectSettings,
  type ProConnectUserInfo,
} from "./proconnect";
import { resolveProConnectSignIn } from "./proconnect-link";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const secureCookies = usesSecureCookies();
const proConnect = readProConnectSettings();

/** Where a refused ProConnect sign-in goes: next-auth redirects to a string the signIn callback returns. */
const PROCONNECT_REFUSALS = {
  unknown: "/connexion/proconnect/acces-refuse",
  disabled: "/connexion?error=AccountDisabled",
  conflict: "/connexion?error=ProConnectConflict",
} as const;

/** The account a ProConnect sign-in resolved to, handed from the signIn callback to the jwt callback. */
type ResolvedUser = { id: string; sessionVersion?: number };

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies,
  cookies: authCookies(secureCookies),
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Adresse électronique",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const result = await authenticate({
          email: credentials.email,
          password: credentials.password,
          ip: clientAddressFrom(request.headers),
        });
        if (result.ok) return { id: result.user.id, sessionVersion: result.user.sessionVersion };
        if (result.reason === "throttled") throw new Error(`${THROTTLED_PREFIX}${result.retryAfterSeconds}`);
        return null;
      },
    }),
    ...(proConnect ? [proConnectProvider(proConnect)] : []),
  ],
  callbacks: {
    // next-auth's own redirects (sign-in and sign-out callbacks) follow the same rule as our pages.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeReturnPath(path)}`;
    },
    // Signing in with ProConnect never creates an account: the identity must resolve to an
    // invited or existing one (lib/auth/proconnect-link.ts).
    async signIn({ user, account, profile }) {
      if (account?.provider !== PROCONNECT_PROVIDER_ID) return true;
      const info = profile as ProConnectUserInfo | undefined;
      if (!proConnect || !info || typeof info.email !== "string" || !info.email) {
        return "/connexion?error=ProConnectUnavailable";
      }
      let result;
      try {
        result = await resolveProConnectSignIn({
          issuer: proConnect.issuer,
          sub: account.providerAccountId,
          email: info.email,
        });
      } catch (error) {
        console.error("[proconnect] could not resolve the sign-in", error);
        return "/connexion?error=ProConnectUnavailable";
      }
      if (!result.ok) return PROCONNECT_REFUSALS[result.reason];
      // Without an adapter, next-auth hands this same object to the jwt callback as `user`: it now
      // names our account instead of ProConnect's identity.
      const resolved = user as ResolvedUser;
      resolved.id = result.userId;
      resolved.sessionVersion = result.sessionVersion;
      return true;
    },
    jwt({ token, user, account }) {
      if (!user) return token;
      // A fresh token at sign-in: none of the provider's name, e-mail or picture, the same claims
      // (and so the same lifetime, session version and revocation) for both ways in.
      const fresh: JWT = { sub: user.id, sessionVersion: (user as ResolvedUser).sessionVersion ?? 0 };
      if (account?.provider === PROCONNECT_PROVIDER_ID) {
        // Kept for the sign-out through ProConnect (id_token_hint); session() never exposes it.
        fresh.authMethod = "proconnect";
        fresh.idToken = account.id_token;
      }
      return fresh;
    },
    session({ session, token }) {
      session.user = { id: token.sub, sessionVersion: token.sessionVersion } as typeof session.user;
      return session;
    },
  },
  events: {
    // Logging out ends every session of the user, on every device.
    async signOut({ token }) {
      if (token?.sub) {
        await getPrisma().user.updateMany({ where: { id: token.sub }, data: { sessionVersion: { increment: 1 } } });
      }
    },
  },
};

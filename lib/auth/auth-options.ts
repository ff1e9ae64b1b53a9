import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db";
import { authenticate } from "./authenticate";
import { THROTTLED_PREFIX } from "./login-error-codes";
import { authCookies, usesSecureCookies } from "./cookies";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string {
  // The last X-Forwarded-For entry is the one added by the server in front of us (Next.js itself
  // when there is no proxy); earlier entries are whatever the client chose to send.
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : typeof forwarded === "string" ? forwarded : "";
  return (
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? "unknown"
  );
}

const secureCookies = usesSecureCookies();

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
          ip: clientIp(request.headers),
        });
        if (result.ok) return { id: result.user.id, sessionVersion: result.user.sessionVersion };
        if (result.reason === "throttled") throw new Error(`${THROTTLED_PREFIX}${result.retryAfterSeconds}`);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
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

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db";
import { authenticate } from "./authenticate";
import { THROTTLED_PREFIX } from "./login-error-codes";
import { clientAddressFrom } from "@/lib/security/client-address";
import { safeReturnPath } from "@/lib/security/return-url";
import { authCookies, usesSecureCookies } from "./cookies";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

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
          ip: clientAddressFrom(request.headers),
        });
        if (result.ok) return { id: result.user.id, sessionVersion: result.user.sessionVersion };
        if (result.reason === "throttled") throw new Error(`${THROTTLED_PREFIX}${result.retryAfterSeconds}`);
        return null;
      },
    }),
  ],
  callbacks: {
    // next-auth's own redirects (sign-in and sign-out callbacks) follow the same rule as our pages.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeReturnPath(path)}`;
    },
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

import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { authCookies, proConnectLogoutCookieName, usesSecureCookies } from "@/lib/auth/cookies";
import {
  LOGOUT_STATE_MAX_AGE_SECONDS,
  buildEndSessionUrl,
  createLogoutState,
  findEndSessionEndpoint,
  logoutStatesMatch,
  postLogoutRedirectUri,
} from "@/lib/auth/proconnect-logout";

// POST (before next-auth's signOut, from the sign-out button): where the browser must go once our
// session is closed. proxy.ts refuses a cross-origin POST, so only our own pages can ask.
// GET: ProConnect sends the browser back here after its end-session endpoint.

const LOGIN_PATH = "/connexion";

function appUrl(request: NextRequest): string {
  return process.env.NEXTAUTH_URL ?? request.nextUrl.origin;
}

export async function POST(request: NextRequest) {
  const secure = usesSecureCookies();
  const token = await getToken({
    req: request,
    secret: process.env.NEXTAUTH_SECRET,
    cookieName: authCookies(secure).sessionToken?.name,
    secureCookie: secure,
  });
  const idToken = token?.authMethod === "proconnect" && typeof token.idToken === "string" ? token.idToken : null;
  const endpoint = idToken ? await findEndSessionEndpoint() : null;
  // A password session, or ProConnect unreachable: our own sign-out is all there is to do.
  if (!idToken || !endpoint) return NextResponse.json({ url: LOGIN_PATH });

  const state = createLogoutState();
  const response = NextResponse.json({
    url: buildEndSessionUrl(endpoint, {
      idToken,
      state,
      postLogoutRedirectUri: postLogoutRedirectUri(appUrl(request)),
    }),
  });
  response.cookies.set(proConnectLogoutCookieName(secure), state, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: LOGOUT_STATE_MAX_AGE_SECONDS,
  });
  return response;
}

export async function GET(request: NextRequest) {
  const secure = usesSecureCookies();
  const cookieName = proConnectLogoutCookieName(secure);
  const matches = logoutStatesMatch(request.cookies.get(cookieName)?.value, request.nextUrl.searchParams.get("state"));
  const target = new URL(LOGIN_PATH, appUrl(request));
  if (matches) target.searchParams.set("message", "deconnecte");
  else target.searchParams.set("error", "ProConnectLogout");
  const response = NextResponse.redirect(target, 303);
  // Same attributes as when set: a browser ignores a __Host- cookie without Secure, even to delete it.
  response.cookies.set(cookieName, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 0 });
  return response;
}

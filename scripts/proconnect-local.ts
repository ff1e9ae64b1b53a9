// A local stand-in for ProConnect, for the end-to-end tests and `PROCONNECT_DEMO=1 npm run dev`:
// a real OpenID Connect provider (panva's oidc-provider, certified) configured like ProConnect —
// discovery under /api/v2, its endpoint names, its scopes and claims, an ID token without e-mail,
// a signed userinfo JWT, strict authorization parameters (any other one is a 400 Y000400), a
// 30-second code, no consent screen, sign-out without confirmation.
//
// Anyone can sign in with any e-mail address: ProConnect knows people we don't, and the app
// decides who has an account. Usage: tsx scripts/proconnect-local.ts [--port 4010] [--app-url URL]
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

export const PROCONNECT_LOCAL_CLIENT_ID = "ti-pilotage-local";
// A fixed secret is fine: the provider only ever listens on 127.0.0.1 for a local app.
export const PROCONNECT_LOCAL_CLIENT_SECRET = "ti-pilotage-local-secret-not-for-production-0000";

const PREFIX = "/api/v2";
const SCOPES = ["openid", "email", "given_name", "usual_name", "uid", "siret", "idp_id"];
/** ProConnect's authorization parameters (doc_fs, "implementation technique" §2.2.1.2). */
const AUTHORIZE_PARAMETERS = new Set([
  "response_type",
  "client_id",
  "redirect_uri",
  "scope",
  "claims",
  "state",
  "nonce",
  "prompt",
  "idp_hint",
  "login_hint",
  "acr_values",
]);
const END_SESSION_PARAMETERS = new Set(["id_token_hint", "state", "post_logout_redirect_uri"]);

export type ProConnectLocal = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
};

type Claims = Record<string, string>;

/** Per (provider, service) like ProConnect's: derived from the address, stable across restarts. */
function subOf(email: string): string {
  return createHash("sha256").update(`proconnect-local:${email}`).digest("hex");
}

/** Plausible claims for any address: prénom.nom@… gives given_name and usual_name. */
function claimsOf(email: string): Claims {
  const [first = "Agent", last = "Public"] = (email.split("@")[0] ?? "").split(/[._-]/);
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    email,
    given_name: capitalise(first),
    usual_name: capitalise(last),
    uid: email,
    siret: "13002526500013",
    idp_id: "proconnect-local",
  };
}

function refusal(response: ServerResponse): void {
  response.writeHead(400, { "content-type": "application/json" });
  response.end(JSON.stringify({ code: "Y000400", message: "Bad Request Exception" }));
}

function hasOnly(url: URL, allowed: Set<string>): boolean {
  return [...url.searchParams.keys()].every((key) => allowed.has(key));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => resolve(new URLSearchParams(body)));
    request.on("error", reject);
  });
}

function loginPage(action: string, loginHint: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>ProConnect (local)</title></head>
<body><main><h1>ProConnect (fournisseur local de test)</h1>
<form method="post" action="${escapeHtml(action)}">
<label for="email">Adresse e-mail professionnelle</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(loginHint)}">
<button type="submit">Continuer</button></form></main></body></html>`;
}

async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  // ProConnect asks for no confirmation: the form oidc-provider needs is submitted at once.
  ctx.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Déconnexion</title></head><body>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter</button>
<script>document.querySelector("button[form]").click()</script></body></html>`;
}

/** Port 0 picks a free port: the issuer (and so every URL the provider writes) names the real one. */
export async function startProConnectLocal(options: { port: number; appUrl: string }): Promise<ProConnectLocal> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const issuer = `${origin}${PREFIX}`;
  const appUrl = options.appUrl.replace(/\/+$/, "");
  const accounts = new Map<string, Claims>();
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const configuration: Configuration = {
    clients: [
      {
        client_id: PROCONNECT_LOCAL_CLIENT_ID,
        client_secret: PROCONNECT_LOCAL_CLIENT_SECRET,
        redirect_uris: [`${appUrl}/api/auth/callback/proconnect`],
        post_logout_redirect_uris: [`${appUrl}/api/proconnect/deconnexion`],
        token_endpoint_auth_method: "client_secret_post",
        id_token_signed_response_alg: "RS256",
        userinfo_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [{ ...rsa, kid: "rs256", use: "sig", alg: "RS256" }] },
    routes: {
      authorization: "/authorize",
      token: "/token",
      userinfo: "/userinfo",
      end_session: "/session/end",
      jwks: "/jwks",
    },
    scopes: SCOPES,
    claims: {
      openid: ["sub"],
      email: ["email"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
      uid: ["uid"],
      siret: ["siret"],
      idp_id: ["idp_id"],
    },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      claimsParameter: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource },
    },
    extraParams: ["idp_hint"],
    // oidc-provider 8 requires PKCE from confidential clients by default; ProConnect does not.
    pkce: { required: () => false, methods: ["S256"] },
    // Its default SameSite=None cookies are refused over plain HTTP.
    cookies: { keys: [randomBytes(32).toString("hex")], long: { sameSite: "lax" }, short: { sameSite: "lax" } },
    ttl: { AuthorizationCode: 30, AccessToken: 60, IdToken: 60, Interaction: 600, Session: 43_200, Grant: 43_200 },
    interactions: { url: (_ctx, interaction) => `${PREFIX}/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const claims = accounts.get(sub);
      return claims ? { accountId: sub, claims: async () => ({ sub, ...claims }) } : undefined;
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  async function handleInteraction(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (request.method === "GET") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(loginPage(`${PREFIX}/interaction/${details.uid}`, String(details.params.login_hint ?? "")));
      return;
    }
    const email = String((await readForm(request)).get("email") ?? "")
      .trim()
      .toLowerCase();
    if (!email.includes("@")) {
      refusal(response);
      return;
    }
    const sub = subOf(email);
    accounts.set(sub, claimsOf(email));
    const grant = new provider.Grant({ accountId: sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", origin);
    if (!url.pathname.startsWith(PREFIX)) {
      response.writeHead(404).end();
      return;
    }
    const path = url.pathname.slice(PREFIX.length) || "/";
    if (request.method === "GET" && path === "/authorize") {
      const shortCheck = ["state", "nonce"].some((key) => (url.searchParams.get(key) ?? "").length < 32);
      if (!hasOnly(url, AUTHORIZE_PARAMETERS) || shortCheck) return refusal(response);
    }
    if (request.method === "GET" && path === "/session/end" && !hasOnly(url, END_SESSION_PARAMETERS)) {
      return refusal(response);
    }
    if (/^\/interaction\/[\w-]+$/.test(path)) {
      handleInteraction(request, response).catch((error: unknown) => {
        console.error("[proconnect-local]", error);
        if (!response.headersSent) response.writeHead(400, { "content-type": "text/plain" });
        response.end("Interaction invalide ou expirée.");
      });
      return;
    }
    // oidc-provider reads its mount path from originalUrl: every URL it writes keeps /api/v2.
    Object.assign(request, { originalUrl: request.url });
    request.url = request.url!.slice(PREFIX.length) || "/";
    void callback(request, response);
  });
  return {
    issuer,
    clientId: PROCONNECT_LOCAL_CLIENT_ID,
    clientSecret: PROCONNECT_LOCAL_CLIENT_SECRET,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The app's HTTP client keeps connections alive: close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}

/** The variables the app reads, pointing at a running local provider. */
export function proConnectLocalEnv(local: ProConnectLocal): Record<string, string> {
  return {
    PROCONNECT_ISSUER: local.issuer,
    PROCONNECT_CLIENT_ID: local.clientId,
    PROCONNECT_CLIENT_SECRET: local.clientSecret,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const argument = (name: string) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : undefined;
  };
  const port = Number(argument("--port") ?? process.env.PROCONNECT_LOCAL_PORT ?? 4010);
  const appUrl = argument("--app-url") ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  const local = await startProConnectLocal({ port, appUrl });
  console.log(`ProConnect (local) at ${local.issuer} for ${appUrl}. Set:`);
  for (const [name, value] of Object.entries(proConnectLocalEnv(local))) console.log(`${name}=${value}`);
}

import { applyUnsubscribeLink, INVALID_UNSUBSCRIBE_LINK } from "@/lib/notifications/unsubscribe";

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here, without a
// session or an Origin header; the signed token in the path is the credential.
export async function POST(_request: Request, { params }: RouteContext<"/api/desabonnement/[token]">) {
  const { token } = await params;
  const applied = await applyUnsubscribeLink(token);
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  if (!applied) return new Response(`${INVALID_UNSUBSCRIBE_LINK}\n`, { status: 404, headers });
  return new Response(`Désabonnement enregistré : vous ne recevrez plus les courriels « ${applied.kindLabel} ».\n`, {
    status: 200,
    headers,
  });
}

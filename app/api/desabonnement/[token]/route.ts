import { confirmUnsubscribe } from "@/lib/notifications/mutations";

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" here, without a
// session or an Origin header; the signed token in the path is the credential. The same public
// mutation as the unsubscribe page's button.
export async function POST(_request: Request, { params }: RouteContext<"/api/desabonnement/[token]">) {
  const { token } = await params;
  const result = await confirmUnsubscribe({ token });
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  if (!result.ok)
    return new Response(`${result.message}\n`, { status: result.code === "NOT_FOUND" ? 404 : 400, headers });
  return new Response(
    `Désabonnement enregistré : vous ne recevrez plus les courriels « ${result.data.kindLabel} ».\n`,
    { status: 200, headers },
  );
}

import { exportAuditLogCsv } from "@/lib/audit/csv";
import { parseAuditLogFilters } from "@/lib/audit/filters";
import { listAuditLogForExport } from "@/lib/audit/queries";
import { canAtAll } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { todayInFrance } from "@/lib/dates";
import { hostileParameterErrors } from "@/lib/validation/query";

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The journal as the page shows it (same filters, same scope), every page, as CSV. */
export async function GET(request: Request): Promise<Response> {
  // A route handler is not behind a page: it checks the session and the right itself.
  const user = await getSessionUser();
  if (!user) return textResponse(401, "Connectez-vous pour exporter le journal.");
  if (!canAtAll(user, "audit.read")) return textResponse(404, "Page introuvable.");
  const searchParams = new URL(request.url).searchParams;
  const hostile = hostileParameterErrors(searchParams);
  if (hostile) return textResponse(400, Object.values(hostile).flat().join("\n"));
  const entries = await listAuditLogForExport(user, parseAuditLogFilters(searchParams));
  return new Response(exportAuditLogCsv(entries), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="journal-${todayInFrance()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

import { exportAuditLogCsv } from "@/lib/audit/csv";
import { parseAuditLogFilters } from "@/lib/audit/filters";
import { listAuditLogForExport } from "@/lib/audit/queries";
import { canAtAll } from "@/lib/auth/permissions";
import { todayInFrance } from "@/lib/dates";
import { openFileRequest, textResponse } from "@/lib/http/file-download";

/** The journal as the page shows it (same filters, same scope), every page, as CSV. */
export async function GET(request: Request): Promise<Response> {
  const opened = await openFileRequest(request, "Connectez-vous pour exporter le journal.");
  if (opened instanceof Response) return opened;
  const { user, searchParams } = opened;
  // A route handler is not behind a page: it checks the right itself.
  if (!canAtAll(user, "audit.read")) return textResponse(404, "Page introuvable.");
  const entries = await listAuditLogForExport(user, parseAuditLogFilters(searchParams));
  return new Response(exportAuditLogCsv(entries), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="journal-${todayInFrance()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

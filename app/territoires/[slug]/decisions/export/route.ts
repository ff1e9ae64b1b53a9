import { todayInFrance } from "@/lib/dates";
import { openFileRequest, textResponse } from "@/lib/http/file-download";
import { listDecisionLog } from "@/lib/meetings/decision-log";
import { exportDecisionLogCsv, exportDecisionLogXlsx } from "@/lib/meetings/decision-log-file";
import { decisionLogFiltersFromPage } from "@/lib/meetings/decision-log-filters";

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The relevé de décisions of a territory as a file, with the filters of the log page. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const opened = await openFileRequest(request, "Connectez-vous pour exporter le suivi des décisions.");
  if (opened instanceof Response) return opened;
  const { user, searchParams } = opened;
  const format = searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") {
    return textResponse(400, "Format d'export inconnu : choisissez « csv » ou « xlsx ».");
  }
  const log = await listDecisionLog(user, (await params).slug, decisionLogFiltersFromPage(searchParams));
  if (!log) return textResponse(404, "Territoire introuvable.");

  const body =
    format === "csv" ? exportDecisionLogCsv(log.entries) : new Uint8Array(await exportDecisionLogXlsx(log.entries));
  const filename = `decisions-${log.territory.slug}-${todayInFrance()}.${format}`;
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${filename}"`,
      // The log is private to the territory's readers: no shared cache may keep it.
      "Cache-Control": "private, no-store",
    },
  });
}

import { exportActionsCsv } from "@/lib/actions/plan-file/csv";
import { listActionsForExport } from "@/lib/actions/plan-file/export-queries";
import { listActionReferenceData } from "@/lib/actions/queries";
import { actionFilters } from "@/lib/actions/schemas";
import { exportActionsXlsx } from "@/lib/actions/plan-file/xlsx";
import { todayInFrance } from "@/lib/dates";
import { openFileRequest, textResponse } from "@/lib/http/file-download";

const contentTypes = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The action plan of a territory as a file, with the filters and sort of the plan page, all pages. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const opened = await openFileRequest(request, "Connectez-vous pour exporter le plan d'actions.");
  if (opened instanceof Response) return opened;
  const { user, searchParams } = opened;
  const format = searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") {
    return textResponse(400, "Format d'export inconnu : choisissez « csv » ou « xlsx ».");
  }
  const filters = actionFilters.parse(Object.fromEntries(searchParams));
  const plan = await listActionsForExport(user, (await params).slug, filters);
  if (!plan) return textResponse(404, "Territoire introuvable.");

  const { funders } = await listActionReferenceData();
  const body =
    format === "csv"
      ? exportActionsCsv(plan.rows, funders)
      : new Uint8Array(await exportActionsXlsx(plan.rows, funders));
  const filename = `plan-actions-${plan.territory.slug}-${todayInFrance()}.${format}`;
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="${filename}"`,
      // The plan is private to the territory's readers: no shared cache may keep it.
      "Cache-Control": "private, no-store",
    },
  });
}

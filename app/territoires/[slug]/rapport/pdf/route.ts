import { formatPeriod } from "@/components/dashboard/labels";
import { findTerritoryAccess } from "@/lib/territories/access";
import { consumeAttempt } from "@/lib/auth/attempt-limits";
import { dashboardQueryString, parseDashboardFilters } from "@/lib/dashboard/filters";
import { todayInFrance } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { renderReportPdf } from "@/lib/report/pdf";
import { openFileRequest, textResponse } from "@/lib/http/file-download";

/**
 * The committee report as a PDF file: this server's own report page, printed by Chromium with the
 * caller's session (so with the caller's rights), the territory, period and date on every page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const opened = await openFileRequest(request, "Connectez-vous pour télécharger le rapport.");
  if (opened instanceof Response) return opened;
  const { user, searchParams } = opened;
  const territory = await findTerritoryAccess(user, (await params).slug);
  if (!territory) return textResponse(404, "Territoire introuvable.");
  const allowance = await consumeAttempt("report-pdf", user.id);
  if (!allowance.allowed) {
    return textResponse(
      429,
      "Vous avez demandé beaucoup de rapports en peu de temps : réessayez dans quelques minutes, ou imprimez la page du rapport depuis votre navigateur.",
    );
  }
  const filters = parseDashboardFilters(searchParams);
  const today = todayInFrance();
  const port = process.env.PORT ?? "3000";
  const url = `http://127.0.0.1:${port}/territoires/${territory.slug}/rapport${dashboardQueryString(filters)}`;
  try {
    const pdf = await renderReportPdf({
      url,
      cookie: request.headers.get("cookie") ?? "",
      heading: `Rapport du comité de pilotage — ${territory.name} — ${formatPeriod(filters)} — édité le ${formatDate(new Date(`${today}T12:00:00Z`))}`,
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="rapport-${territory.slug}-${today}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    console.error("[report pdf]", error);
    return textResponse(
      503,
      "Le PDF n'a pas pu être produit. Réessayez dans un instant, ou imprimez la page du rapport depuis votre navigateur.",
    );
  }
}

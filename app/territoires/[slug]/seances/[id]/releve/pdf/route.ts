import { consumeAttempt } from "@/lib/auth/attempt-limits";
import { formatDateTime } from "@/lib/format";
import { openFileRequest, textResponse } from "@/lib/http/file-download";
import { getMinutes } from "@/lib/meetings/minutes";
import { getMeeting } from "@/lib/meetings/queries";
import { meetingKindLabels } from "@/lib/meetings/schemas";
import { renderReportPdf } from "@/lib/report/pdf";

type Context = { params: Promise<{ slug: string; id: string }> };

/**
 * The relevé de décisions as a PDF file: its own page, printed by the same engine as the committee
 * report, with the caller's session (so with the caller's rights), the séance on every page.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const opened = await openFileRequest(request, "Connectez-vous pour télécharger le relevé de décisions.");
  if (opened instanceof Response) return opened;
  const { user } = opened;
  const { slug, id } = await params;
  const meeting = await getMeeting(user, slug, id);
  if (!meeting) return textResponse(404, "Séance introuvable.");
  if (!(await getMinutes(meeting.id))) return textResponse(404, "Le relevé de cette séance n'est pas encore établi.");
  const allowance = await consumeAttempt("report-pdf", user.id);
  if (!allowance.allowed) {
    return textResponse(
      429,
      "Vous avez demandé beaucoup de documents en peu de temps : réessayez dans quelques minutes, ou imprimez la page du relevé depuis votre navigateur.",
    );
  }
  const port = process.env.PORT ?? "3000";
  const day = meeting.startsAt.toISOString().slice(0, 10);
  try {
    const pdf = await renderReportPdf({
      url: `http://127.0.0.1:${port}/territoires/${meeting.territory.slug}/seances/${meeting.id}/releve`,
      cookie: request.headers.get("cookie") ?? "",
      heading: `Relevé de décisions — ${meeting.territory.name} — ${meetingKindLabels[meeting.kind]} du ${formatDateTime(meeting.startsAt)}`,
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="releve-${meeting.territory.slug}-${day}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    console.error("[minutes pdf]", error);
    return textResponse(
      503,
      "Le PDF n'a pas pu être produit. Réessayez dans un instant, ou imprimez la page du relevé depuis votre navigateur.",
    );
  }
}

import "server-only";
import { consumeAttempt } from "@/lib/auth/attempt-limits";
import { formatDateTime } from "@/lib/format";
import { openFileRequest, textResponse } from "@/lib/http/file-download";
import { renderReportPdf } from "@/lib/report/pdf";
import { getMinutes } from "./minutes";
import { getMeeting } from "./queries";
import { meetingKindLabels } from "./schemas";

const documents = {
  convocation: { title: "Convocation", file: "convocation", signIn: "Connectez-vous pour télécharger la convocation." },
  releve: {
    title: "Relevé de décisions",
    file: "releve",
    signIn: "Connectez-vous pour télécharger le relevé de décisions.",
  },
} as const;

export type MeetingDocument = keyof typeof documents;

/**
 * A séance's document (its convocation, its relevé de décisions) as a PDF file: the document's own
 * page, printed by the engine of the committee report, with the caller's session (so with the
 * caller's rights), the séance named at the top of every page and the page numbers at the foot.
 */
export async function meetingDocumentPdf(
  request: Request,
  params: { slug: string; id: string },
  kind: MeetingDocument,
): Promise<Response> {
  const document = documents[kind];
  const opened = await openFileRequest(request, document.signIn);
  if (opened instanceof Response) return opened;
  const { user } = opened;
  const meeting = await getMeeting(user, params.slug, params.id);
  if (!meeting) return textResponse(404, "Séance introuvable.");
  if (kind === "releve" && !(await getMinutes(meeting.id))) {
    return textResponse(404, "Le relevé de cette séance n'est pas encore établi.");
  }
  const allowance = await consumeAttempt("report-pdf", user.id);
  if (!allowance.allowed) {
    return textResponse(
      429,
      "Vous avez demandé beaucoup de documents en peu de temps : réessayez dans quelques minutes, ou imprimez la page depuis votre navigateur.",
    );
  }
  const port = process.env.PORT ?? "3000";
  const path = `/territoires/${meeting.territory.slug}/seances/${meeting.id}/${document.file}`;
  try {
    const pdf = await renderReportPdf({
      url: `http://127.0.0.1:${port}${path}`,
      cookie: request.headers.get("cookie") ?? "",
      heading: `${document.title} — ${meeting.territory.name} — ${meetingKindLabels[meeting.kind]} du ${formatDateTime(meeting.startsAt)}`,
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${document.file}-${meeting.territory.slug}-${meeting.startsAt.toISOString().slice(0, 10)}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    console.error(`[${kind} pdf]`, error);
    return textResponse(
      503,
      "Le PDF n'a pas pu être produit. Réessayez dans un instant, ou imprimez la page depuis votre navigateur.",
    );
  }
}

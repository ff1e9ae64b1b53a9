import { meetingDocumentPdf } from "@/lib/meetings/document-pdf";

/** The séance's convocation with its ordre du jour as a PDF file (lib/meetings/document-pdf.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  return meetingDocumentPdf(request, await params, "convocation");
}

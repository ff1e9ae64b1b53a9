import { exportAcceptedSnapshotsXlsx, exportLayouts, type ExportLayout } from "@/lib/campaigns/export-file";
import { listAcceptedSnapshots } from "@/lib/campaigns/queries";
import { openFileRequest, textResponse } from "@/lib/http/file-download";

/** The accepted reports of a campaign as a workbook, for the campaign's officers. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const opened = await openFileRequest(request, "Connectez-vous pour exporter les bilans.");
  if (opened instanceof Response) return opened;
  const { user, searchParams } = opened;
  const layout = searchParams.get("layout") ?? "flat";
  if (!(exportLayouts as readonly string[]).includes(layout)) {
    return textResponse(400, "Présentation inconnue : choisissez « flat » ou « territories ».");
  }
  const accepted = await listAcceptedSnapshots(user, (await params).id);
  if (!accepted) return textResponse(404, "Campagne introuvable.");
  const body = new Uint8Array(await exportAcceptedSnapshotsXlsx(accepted.snapshots, layout as ExportLayout));
  return new Response(body, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="bilans-${accepted.campaign.asOf}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}

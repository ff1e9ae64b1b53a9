"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { importActions } from "@/lib/actions/plan-file/import-mutations";
import { MAX_IMPORT_BYTES, type ImportReport } from "@/lib/actions/plan-file/import-schema";
import { importCounts, ImportReportView } from "./import-report";

type LoadedFile = { fileName: string; content: string };

type ImportState =
  | { status: "idle" }
  | { status: "error"; message?: string; fileError?: string }
  | { status: "report"; report: ImportReport; file: LoadedFile };

const TOO_LARGE = "Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.";

/** The file's bytes in base64: a server action takes text, and an XLSX file is binary. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

async function send(territoryId: string, file: LoadedFile, apply: boolean): Promise<ImportState> {
  try {
    const result = await importActions({ territoryId, ...file, apply });
    if (result.ok) return { status: "report", report: result.data, file };
    const fileError = [...(result.fieldErrors?.content ?? []), ...(result.fieldErrors?.fileName ?? [])].join(" ");
    return { status: "error", message: fileError ? undefined : result.message, fileError: fileError || undefined };
  } catch {
    return { status: "error", message: "L'envoi du fichier a échoué. Vérifiez votre connexion et réessayez." };
  }
}

/**
 * Two steps: "Vérifier le fichier" shows what the import will do, row by row, without writing;
 * "Importer" then applies that very file.
 */
export function ImportForm({ territoryId }: { territoryId: string }) {
  const result = useRef<HTMLDivElement>(null);
  const [state, dispatch, pending] = useActionState(
    async (previous: ImportState, formData: FormData): Promise<ImportState> => {
      if (formData.get("step") === "apply" && previous.status === "report") {
        return send(territoryId, previous.file, true);
      }
      const file = formData.get("file");
      if (!(file instanceof File) || file.size === 0) {
        return { status: "error", fileError: "Choisissez un fichier Excel (.xlsx) ou CSV, avec une ligne par action." };
      }
      if (file.size > MAX_IMPORT_BYTES) return { status: "error", fileError: TOO_LARGE };
      return send(territoryId, { fileName: file.name, content: await toBase64(file) }, false);
    },
    { status: "idle" },
  );
  const fileError = state.status === "error" ? state.fileError : undefined;
  const report = state.status === "report" ? state.report : undefined;
  const canApply =
    report && !report.applied && report.counts.error === 0 && report.counts.create + report.counts.update > 0;

  useEffect(() => {
    if (state.status !== "idle") result.current?.focus();
  }, [state]);

  return (
    <>
      <form action={dispatch} noValidate>
        {state.status === "error" && state.message && <FormAlert status="error" message={state.message} />}
        <Upload
          label="Fichier du plan d'actions"
          hint="Excel (.xlsx) ou CSV (séparateur point-virgule), 2 Mo au plus."
          nativeInputProps={{
            name: "file",
            accept: ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            required: true,
            // The DSFR points aria-describedby to its error message even when there is none to show.
            ...(fileError ? { "aria-invalid": true } : { "aria-describedby": undefined }),
          }}
          {...(fileError ? { state: "error", stateRelatedMessage: fileError } : {})}
        />
        <Button type="submit" className="fr-mt-3w" disabled={pending} iconId="fr-icon-search-line">
          {pending ? "Lecture en cours…" : "Vérifier le fichier"}
        </Button>
      </form>
      <div ref={result} tabIndex={-1}>
        {report && <ImportReportView report={report} />}
      </div>
      {canApply && (
        <form action={dispatch} className="fr-mt-3w">
          <input type="hidden" name="step" value="apply" />
          <Button type="submit" disabled={pending} iconId="fr-icon-upload-line">
            {pending
              ? "Import en cours…"
              : `Importer : ${importCounts({ ...report, counts: { ...report.counts, unchanged: 0 } })}`}
          </Button>
        </form>
      )}
    </>
  );
}

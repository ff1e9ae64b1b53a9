"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { decodeCsvBytes } from "@/lib/actions/csv-encoding";
import { importActions } from "@/lib/actions/import-mutations";
import { MAX_IMPORT_CHARS, type ImportReport } from "@/lib/actions/import-schema";
import { ImportReportView } from "./import-report";

type ImportState =
  | { status: "idle" }
  | { status: "error"; message?: string; fileError?: string }
  | { status: "done"; report: ImportReport };

const TOO_LARGE = "Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.";

async function submitFile(territoryId: string, formData: FormData): Promise<ImportState> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { status: "error", fileError: "Choisissez un fichier CSV contenant une ligne par action." };
  }
  // The file is read here, in the browser; the server receives its text.
  const csv = file.size > 4 * MAX_IMPORT_CHARS ? null : decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  if (csv === null || csv.length > MAX_IMPORT_CHARS) return { status: "error", fileError: TOO_LARGE };
  try {
    const result = await importActions({ territoryId, csv });
    if (result.ok) return { status: "done", report: result.data };
    const fileError = result.fieldErrors?.csv?.join(" ");
    return { status: "error", message: fileError ? undefined : result.message, fileError };
  } catch {
    return { status: "error", message: "L'envoi du fichier a échoué. Vérifiez votre connexion et réessayez." };
  }
}

export function ImportForm({ territoryId }: { territoryId: string }) {
  const [state, formAction, pending] = useActionState(
    (_previous: ImportState, formData: FormData) => submitFile(territoryId, formData),
    { status: "idle" },
  );
  const fileError = state.status === "error" ? state.fileError : undefined;
  return (
    <>
      <form action={formAction} noValidate>
        {state.status === "error" && <FormAlert status="error" message={state.message} />}
        <Upload
          label="Fichier CSV du plan d'actions"
          hint="Format CSV (séparateur point-virgule), 2 Mo au plus."
          nativeInputProps={{
            name: "file",
            accept: ".csv,text/csv",
            required: true,
            ...(fileError ? { "aria-invalid": true } : {}),
          }}
          {...(fileError ? { state: "error", stateRelatedMessage: fileError } : {})}
        />
        <Button type="submit" className="fr-mt-3w" disabled={pending} iconId="fr-icon-upload-line">
          {pending ? "Import en cours…" : "Importer les actions"}
        </Button>
      </form>
      {state.status === "done" && <ImportReportView report={state.report} />}
    </>
  );
}

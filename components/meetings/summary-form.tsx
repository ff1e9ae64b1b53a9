"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { recordPointSummary } from "@/lib/meetings/minutes-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

type Props = { meetingId: string; version: number; itemId: string; summary: string; pointNumber: number };

/** What the séance said of a point, written by whoever records the séance. */
export function SummaryForm({ meetingId, version, itemId, summary, pointNumber }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await recordPointSummary({ meetingId, version, itemId, summary: formData.get("summary") });
      if (result.ok) router.refresh();
      return toFormState(result, "Synthèse enregistrée.");
    },
    initialFormState,
  );
  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <Input
        textArea
        label={`Synthèse des échanges sur le point ${pointNumber}`}
        hintText="Ce que la séance a dit du point : elle figurera au relevé de décisions."
        nativeTextAreaProps={{ name: "summary", defaultValue: summary, rows: 3 }}
        {...fieldState(state, "summary")}
      />
      <Button type="submit" priority="secondary" size="small" disabled={pending}>
        Enregistrer la synthèse<span className="fr-sr-only"> du point {pointNumber}</span>
      </Button>
    </form>
  );
}

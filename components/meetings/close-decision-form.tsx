"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { closeDecision } from "@/lib/meetings/follow-up-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState, initialFormState, invalidProps, toFormState, type FormState } from "@/components/ui/form-state";

/** Closes (solde) one decision with a note on how it was followed up. */
export function CloseDecisionForm({ decisionId, decisionText }: { decisionId: string; decisionText: string }) {
  // Several forms on one page (the log): each label and button says which decision it closes.
  const which = <span className="fr-sr-only"> « {decisionText.slice(0, 80)} »</span>;
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await closeDecision({ decisionId, closingNote: formData.get("closingNote") ?? "" });
      if (result.ok) router.refresh();
      return toFormState(result, "Décision soldée.");
    },
    initialFormState,
  );
  const noteId = `solder-${decisionId}`;
  return (
    <form action={formAction} noValidate className="fr-mt-1w">
      <FormStateAlert state={state} />
      <Input
        label={<>Note de clôture{which}</>}
        hintText="Ce qui a été fait pour suivre la décision (2 000 caractères au plus)"
        textArea
        nativeTextAreaProps={{
          id: noteId,
          name: "closingNote",
          rows: 2,
          required: true,
          ...invalidProps(state, "closingNote"),
        }}
        {...fieldState(state, "closingNote")}
      />
      <Button type="submit" priority="secondary" size="small" disabled={pending}>
        Solder la décision{which}
      </Button>
    </form>
  );
}

"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { acceptSubmission, returnSubmission, submitReport } from "@/lib/campaigns/mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { requestReportStateFocus } from "./report-state-alert";
import { fieldState, initialFormState, invalidProps, toFormState, type FormState } from "@/components/ui/form-state";

/** A member of the binôme submits the territory's report; its figures are frozen then. */
export function SubmitReportForm({ reportId, version }: { reportId: string; version: number }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (): Promise<FormState> => {
    const result = await submitReport({ reportId, version });
    if (result.ok) {
      requestReportStateFocus();
      router.refresh();
    }
    return toFormState(result, "Bilan transmis à la Région et à l'État.");
  }, initialFormState);
  return (
    <form action={formAction}>
      <FormStateAlert state={state} />
      <Button type="submit" iconId="fr-icon-send-plane-line" iconPosition="left" disabled={pending}>
        Transmettre le bilan
      </Button>
    </form>
  );
}

/** The campaign's officer returns the submission with what to complete, or accepts it. */
export function RulingForms({ submissionId }: { submissionId: string }) {
  const router = useRouter();
  const [returnState, returnAction, returning] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await returnSubmission({ submissionId, comment: formData.get("comment") ?? "" });
      if (result.ok) {
        requestReportStateFocus();
        router.refresh();
      }
      return toFormState(result, "Bilan renvoyé au territoire pour compléments.");
    },
    initialFormState,
  );
  const [acceptState, acceptAction, accepting] = useActionState(async (): Promise<FormState> => {
    const result = await acceptSubmission({ submissionId });
    if (result.ok) {
      requestReportStateFocus();
      router.refresh();
    }
    return toFormState(result, "Bilan accepté.");
  }, initialFormState);
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <form action={acceptAction} className="fr-col-12 fr-col-md-4">
        <FormStateAlert state={acceptState} />
        <Button type="submit" iconId="fr-icon-check-line" iconPosition="left" disabled={accepting || returning}>
          Accepter le bilan
        </Button>
      </form>
      <form action={returnAction} noValidate className="fr-col-12 fr-col-md-8">
        <FormStateAlert state={returnState} />
        <Input
          label="Ce qu'il faut compléter"
          hintText="Le territoire lit ce commentaire ; son bilan est rouvert (2 000 caractères au plus)."
          textArea
          nativeTextAreaProps={{ name: "comment", rows: 3, required: true, ...invalidProps(returnState, "comment") }}
          {...fieldState(returnState, "comment")}
        />
        <Button type="submit" priority="secondary" disabled={accepting || returning}>
          Renvoyer pour compléments
        </Button>
      </form>
    </div>
  );
}

"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { answerConvocation } from "@/lib/meetings/convocation-mutations";
import { participantResponseLabels, participantResponses, type ParticipantResponse } from "@/lib/meetings/schemas";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

type Props = { meetingId: string; response: ParticipantResponse | null; representedBy: string };

/** The signed-in participant's answer to the convocation. */
export function AnswerForm({ meetingId, response, representedBy }: Props) {
  const router = useRouter();
  const [choice, setChoice] = useState<ParticipantResponse | null>(response);
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await answerConvocation({
        meetingId,
        response: formData.get("response") ?? undefined,
        representedBy: formData.get("representedBy") ?? "",
      });
      if (result.ok) router.refresh();
      return toFormState(result, "Votre réponse est enregistrée.");
    },
    initialFormState,
  );
  return (
    <form action={formAction} noValidate className="fr-mb-4w">
      <FormStateAlert state={state} />
      <RadioButtons
        legend="Votre réponse à la convocation"
        name="response"
        orientation="horizontal"
        options={participantResponses.map((code) => ({
          label: code === "REPRESENTE" ? "Représenté·e par…" : participantResponseLabels[code],
          nativeInputProps: { value: code, checked: choice === code, onChange: () => setChoice(code) },
        }))}
        {...fieldState(state, "response")}
      />
      {choice === "REPRESENTE" && (
        <Input
          label="Qui vous représente ?"
          hintText="Prénom, nom et fonction"
          nativeInputProps={{ name: "representedBy", defaultValue: representedBy }}
          {...fieldState(state, "representedBy")}
        />
      )}
      <Button type="submit" priority="secondary" disabled={pending}>
        Enregistrer ma réponse
      </Button>
    </form>
  );
}

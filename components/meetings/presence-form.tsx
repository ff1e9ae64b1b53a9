"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { recordPresence } from "@/lib/meetings/decision-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

type Props = { meetingId: string; version: number; participants: MeetingDetail["participants"] };

/** Presence at the séance: ticked from the answers until it is recorded. */
export function PresenceForm({ meetingId, version, participants }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await recordPresence({ meetingId, version, presentIds: formData.getAll("presentIds") });
      if (result.ok) router.refresh();
      return toFormState(result, "Présence enregistrée.");
    },
    initialFormState,
  );
  return (
    <form action={formAction} className="fr-mb-4w">
      <FormStateAlert state={state} />
      <Checkbox
        legend="Présents à la séance"
        options={participants.map((person) => ({
          label: person.name,
          hintText: person.organisation,
          nativeInputProps: {
            name: "presentIds",
            value: person.id,
            defaultChecked: person.attended ?? person.response === "PRESENT",
          },
        }))}
      />
      <Button type="submit" priority="secondary" disabled={pending}>
        Enregistrer la présence
      </Button>
    </form>
  );
}

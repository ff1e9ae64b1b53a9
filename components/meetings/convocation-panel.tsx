"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { sendConvocation } from "@/lib/meetings/convocation-mutations";
import { formatDateTime } from "@/lib/format";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

type Props = { meetingId: string; version: number; convokedAt: Date | null; participantCount: number };

/** Sends the convocation (e-mail with the ordre du jour and a calendar invitation) to every participant. */
export function ConvocationPanel({ meetingId, version, convokedAt, participantCount }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (): Promise<FormState> => {
    const result = await sendConvocation({ meetingId, version });
    if (result.ok) router.refresh();
    return toFormState(
      result,
      result.ok
        ? `Convocation envoyée à ${result.data.sent} participant${result.data.sent > 1 ? "s" : ""}.`
        : undefined,
    );
  }, initialFormState);
  return (
    <form action={formAction} className="fr-mb-4w">
      <FormStateAlert state={state} />
      <p className="fr-mb-1w">
        {convokedAt
          ? `Convocation envoyée le ${formatDateTime(convokedAt)}.`
          : "La convocation n'a pas encore été envoyée."}
      </p>
      <Button
        type="submit"
        iconId="fr-icon-mail-line"
        priority={convokedAt ? "secondary" : "primary"}
        disabled={pending || participantCount === 0}
      >
        {convokedAt ? "Renvoyer la convocation" : "Envoyer la convocation"}
      </Button>
    </form>
  );
}

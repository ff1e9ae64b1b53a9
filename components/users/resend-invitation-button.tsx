"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { resendInvitation } from "@/lib/users/mutations";
import { initialFormState, toFormState } from "@/components/ui/form-state";

/** A pending account gets a new link (72 hours); the earlier one stops working. */
export function ResendInvitationButton({ userId, userName }: { userId: string; userName: string }) {
  const [state, formAction, pending] = useActionState(async () => {
    return toFormState(await resendInvitation({ userId }), "Invitation renvoyée.");
  }, initialFormState);
  return (
    <form action={formAction}>
      <Button
        type="submit"
        size="small"
        priority="secondary"
        disabled={pending}
        title={`Renvoyer l'invitation de ${userName}`}
      >
        Renvoyer l&apos;invitation
      </Button>
      {state.status !== "idle" && (
        <p role={state.status === "error" ? "alert" : "status"} className={`fr-${state.status}-text`}>
          {state.message}
        </p>
      )}
    </form>
  );
}

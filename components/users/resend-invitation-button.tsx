"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { resendInvitation } from "@/lib/users/mutations";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";
import { InvitationLink } from "./invitation-link";

/** A pending account gets a new link (72 hours); the earlier one stops working. */
export function ResendInvitationButton({ userId, userName }: { userId: string; userName: string }) {
  const [state, formAction, pending] = useActionState(
    async (): Promise<FormState & { link?: string | null }> => {
      const result = await resendInvitation({ userId });
      const link = result.ok ? result.data.undeliveredLink : null;
      return { ...toFormState(result, link ? "Nouvelle invitation créée." : "Invitation renvoyée."), link };
    },
    initialFormState as FormState & { link?: string | null },
  );
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
      {state.link && <InvitationLink link={state.link} />}
    </form>
  );
}

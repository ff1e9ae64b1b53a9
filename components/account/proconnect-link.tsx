"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { unlinkOwnProConnect } from "@/lib/users/proconnect-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

/** Removes the ProConnect link of one's own account (the outcome stays shown once it is gone). */
export function UnlinkProConnectForm({ linked }: { linked: boolean }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (): Promise<FormState> => {
    const result = await unlinkOwnProConnect({});
    if (result.ok) router.refresh();
    return toFormState(result, "Le lien avec ProConnect est retiré.");
  }, initialFormState);
  return (
    <form action={formAction}>
      <FormStateAlert state={state} />
      {linked && (
        <Button type="submit" priority="secondary" disabled={pending}>
          Retirer le lien avec ProConnect
        </Button>
      )}
    </form>
  );
}

"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { setUserDisabled } from "@/lib/users/mutations";
import { initialFormState, toFormState } from "@/components/ui/form-state";

export function UserStatusButton({
  userId,
  userName,
  disabled,
}: {
  userId: string;
  userName: string;
  disabled: boolean;
}) {
  const [state, formAction, pending] = useActionState(async () => {
    return toFormState(await setUserDisabled({ userId, disabled: !disabled }));
  }, initialFormState);
  return (
    <form action={formAction}>
      <Button
        type="submit"
        size="small"
        priority="secondary"
        disabled={pending}
        title={`${disabled ? "Réactiver" : "Désactiver"} le compte de ${userName}`}
      >
        {disabled ? "Réactiver" : "Désactiver"}
      </Button>
      {state.status === "error" && (
        <p role="alert" className="fr-error-text">
          {state.message}
        </p>
      )}
    </form>
  );
}

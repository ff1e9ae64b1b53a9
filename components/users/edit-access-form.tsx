"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import type { ManagedUserAccess } from "@/lib/users/queries";
import { updateUserAccess } from "@/lib/users/mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";
import { AccessFields, type AccessChoices } from "./access-fields";

export function EditAccessForm({ account, choices }: { account: ManagedUserAccess; choices: AccessChoices }) {
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    const input = formDataToObject(formData, ["territoryIds", "binomeTerritoryIds"]);
    return toFormState(await updateUserAccess({ ...input, userId: account.id }), "Accès modifié.");
  }, initialFormState);

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <AccessFields choices={choices} state={state} initial={account} />
      <Button type="submit" disabled={pending}>
        Enregistrer l&apos;accès
      </Button>
    </form>
  );
}

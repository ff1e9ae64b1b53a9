"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useActionState } from "react";
import { setTerritoryContacts } from "@/lib/users/contact-mutations";
import type { ContactChoice } from "@/lib/users/queries";
import { setTerritoryContactsInput } from "@/lib/users/schemas";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import {
  fieldState,
  initialFormState,
  localValidationState,
  toFormState,
  type FormState,
} from "@/components/ui/form-state";

/** The territories of the officer's region it is the contact for: invited by default to their séances. */
export function TerritoryContactsForm({ userId, choices }: { userId: string; choices: ContactChoice[] }) {
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    const input = { ...formDataToObject(formData, ["territoryIds"]), userId };
    const local = setTerritoryContactsInput.safeParse(input);
    if (!local.success) return localValidationState(local.error);
    return toFormState(await setTerritoryContacts(input), "Territoires enregistrés.");
  }, initialFormState);

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      {choices.length === 0 ? (
        <p>Aucun territoire d&apos;industrie ne touche la région suivie par cette personne.</p>
      ) : (
        <>
          <Checkbox
            legend="Territoires dont cette personne est l'interlocutrice"
            options={choices.map((territory) => ({
              label: territory.name,
              nativeInputProps: { name: "territoryIds", value: territory.id, defaultChecked: territory.isContact },
            }))}
            {...fieldState(state, "territoryIds")}
          />
          <Button type="submit" disabled={pending}>
            Enregistrer les territoires
          </Button>
        </>
      )}
    </form>
  );
}

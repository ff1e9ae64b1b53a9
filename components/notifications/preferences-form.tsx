"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useActionState } from "react";
import {
  deliveryModeLabel,
  modesOf,
  notificationKindHints,
  notificationKindLabels,
  notificationKinds,
  type DeliveryMode,
  type NotificationKind,
} from "@/lib/notifications/kinds";
import { updateNotificationPreferences } from "@/lib/notifications/mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

export function NotificationPreferencesForm({ preferences }: { preferences: Record<NotificationKind, DeliveryMode> }) {
  const [state, formAction, pending] = useActionState(
    async (_state: FormState, formData: FormData) =>
      toFormState(
        await updateNotificationPreferences(formDataToObject(formData)),
        "Vos préférences sont enregistrées.",
      ),
    initialFormState,
  );
  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      {notificationKinds.map((kind) => (
        <RadioButtons
          key={kind}
          legend={notificationKindLabels[kind]}
          hintText={notificationKindHints[kind]}
          name={kind}
          options={modesOf(kind).map((mode) => ({
            label: deliveryModeLabel(kind, mode),
            nativeInputProps: { value: mode, defaultChecked: preferences[kind] === mode },
          }))}
          {...fieldState(state, kind)}
        />
      ))}
      <Button type="submit" disabled={pending}>
        Enregistrer mes préférences
      </Button>
    </form>
  );
}

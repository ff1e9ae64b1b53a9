"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { confirmUnsubscribe } from "@/lib/notifications/mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

/** A button, not the link itself: mail scanners follow links, and a GET must change nothing. */
export function UnsubscribeForm({ token, kindLabel }: { token: string; kindLabel: string }) {
  const [state, formAction, pending] = useActionState(
    async (): Promise<FormState> =>
      toFormState(
        await confirmUnsubscribe({ token }),
        `C'est fait : vous ne recevrez plus les courriels « ${kindLabel} ».`,
      ),
    initialFormState,
  );
  if (state.status === "success") {
    return (
      <>
        <FormStateAlert state={state} />
        <p className="fr-mt-2w">
          Vous pouvez changer d&apos;avis à tout moment dans votre compte, rubrique{" "}
          <a href="/compte#notifications">« Notifications »</a>.
        </p>
      </>
    );
  }
  return (
    <form action={formAction}>
      <FormStateAlert state={state} />
      {state.status === "idle" && (
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description="Les notifications resteront visibles dans l'application, sous la cloche « Notifications »."
        />
      )}
      <Button type="submit" disabled={pending}>
        Confirmer le désabonnement
      </Button>
    </form>
  );
}

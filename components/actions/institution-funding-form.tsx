"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { recordFunding } from "@/lib/actions/mutations";
import { recordFundingInput } from "@/lib/actions/schemas";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import {
  failureState,
  fieldState,
  initialFormState,
  localValidationState,
  type FormState,
} from "@/components/ui/form-state";
import { ConflictAlert } from "./conflict-alert";

type Props = {
  actionId: string;
  version: number;
  funder: { code: string; label: string };
  current: { amountRequested: number; amountGranted: number } | null;
};

/** The Région or the État records what its institution was asked for and has granted. */
export function InstitutionFundingForm({ actionId, version, funder, current }: Props) {
  const router = useRouter();
  const [amountRequested, setAmountRequested] = useState(String(current?.amountRequested ?? ""));
  const [amountGranted, setAmountGranted] = useState(String(current?.amountGranted ?? ""));
  const [state, dispatch, pending] = useActionState(
    async (_previous: FormState, input: Record<string, unknown>): Promise<FormState> => {
      const local = recordFundingInput.safeParse(input);
      if (!local.success) return localValidationState(local.error);
      const result = await recordFunding(input);
      if (!result.ok) return failureState(result);
      router.refresh();
      return { status: "success", message: "Engagement enregistré.", fieldErrors: {} };
    },
    initialFormState,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { actionId, version, funderCode: funder.code, amountRequested, amountGranted };
    startTransition(() => dispatch(input));
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      {state.code === "CONFLICT" ? (
        <ConflictAlert message={state.message} headingLevel="h4" />
      ) : (
        <FormStateAlert state={state} />
      )}
      <Input
        label={`Montant demandé à : ${funder.label} (€)`}
        nativeInputProps={{
          inputMode: "numeric",
          name: "amountRequested",
          value: amountRequested,
          onChange: (event) => setAmountRequested(event.target.value),
        }}
        {...fieldState(state, "amountRequested")}
      />
      <Input
        label={`Montant accordé par : ${funder.label} (€)`}
        nativeInputProps={{
          inputMode: "numeric",
          name: "amountGranted",
          value: amountGranted,
          onChange: (event) => setAmountGranted(event.target.value),
        }}
        {...fieldState(state, "amountGranted")}
      />
      <Button type="submit" disabled={pending}>
        Enregistrer l&apos;engagement
      </Button>
    </form>
  );
}

"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";
import { formatDate } from "@/lib/format";
import { clearActionFlag, flagActionForDiscussion } from "@/lib/meetings/flag-mutations";

type Flag = { raisedByName: string | null; reason: string; raisedAt: Date };
type Props = { actionId: string; flag: Flag | null; canFlag: boolean };

/**
 * "À discuter en séance": the flag as it stands and, for whoever follows the action, the form that
 * raises it (with an optional reason) or removes it. The next séance's proposed ordre du jour
 * takes the flagged action up.
 */
export function DiscussionFlagPanel({ actionId, flag, canFlag }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result = flag
        ? await clearActionFlag({ actionId })
        : await flagActionForDiscussion({ actionId, reason: formData.get("reason") ?? "" });
      if (result.ok) router.refresh();
      return toFormState(result, flag ? "Le signalement est retiré." : "L'action est signalée à discuter en séance.");
    },
    initialFormState,
  );
  return (
    <>
      {flag ? (
        <p>
          Signalée à discuter en séance le {formatDate(flag.raisedAt)}
          {flag.raisedByName ? ` par ${flag.raisedByName}` : ""}
          {flag.reason ? ` : « ${flag.reason} »` : "."} Elle sera proposée à l&apos;ordre du jour de la prochaine séance
          qui sera planifiée.
        </p>
      ) : (
        <p>Cette action n&apos;est pas signalée à discuter en séance.</p>
      )}
      {canFlag && (
        <form action={formAction} noValidate>
          <FormStateAlert state={state} />
          {!flag && (
            <Input
              label="Pourquoi en discuter ? (facultatif)"
              hintText="Une phrase, 300 caractères au plus."
              nativeInputProps={{ name: "reason", maxLength: 300 }}
              {...fieldState(state, "reason")}
            />
          )}
          <Button type="submit" priority="secondary" disabled={pending}>
            {flag ? "Retirer le signalement" : "Signaler à discuter en séance"}
          </Button>
        </form>
      )}
    </>
  );
}

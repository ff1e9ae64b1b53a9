"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { initialFormState, toFormState, type FormState } from "@/components/ui/form-state";
import { archiveAction } from "@/lib/actions/mutations";

/**
 * Archiving takes an action out of the plan: a second, explicit confirmation guards against a slip.
 * Focus moves to the question, and back to the button when the person changes their mind.
 */
export function ArchiveActionButton({
  actionId,
  version,
  title,
  planHref,
}: {
  actionId: string;
  version: number;
  title: string;
  planHref: string;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [state, formAction, pending] = useActionState(async (): Promise<FormState> => {
    const result = await archiveAction({ actionId, version });
    if (result.ok) router.push(`${planHref}?archivee=1`);
    return toFormState(result);
  }, initialFormState);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  return (
    <>
      <Button
        ref={opener}
        priority="secondary"
        iconId="fr-icon-archive-line"
        onClick={() => setConfirming((open) => !open)}
        nativeButtonProps={{ "aria-expanded": confirming, "aria-controls": "archiver-confirmation" }}
      >
        Archiver
      </Button>
      {confirming && (
        <form
          id="archiver-confirmation"
          action={formAction}
          className="fr-p-3w"
          style={{ flexBasis: "100%", border: "1px solid var(--border-default-grey)" }}
        >
          <p ref={question} tabIndex={-1} className="fr-text--bold">
            Archiver l&apos;action « {title} » ?
          </p>
          <p>Elle ne figurera plus dans le plan d&apos;actions. Son historique reste consultable dans le journal.</p>
          <FormStateAlert state={state} />
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <Button type="submit" disabled={pending || state.status === "success"}>
                Confirmer l&apos;archivage
              </Button>
            </li>
            <li>
              <Button
                type="button"
                priority="secondary"
                disabled={pending}
                onClick={() => {
                  setConfirming(false);
                  opener.current?.focus();
                }}
              >
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      )}
    </>
  );
}

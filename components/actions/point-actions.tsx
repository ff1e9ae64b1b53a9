"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { useRouter } from "next/navigation";
import { useActionState, useId, useState } from "react";
import { withdrawProgress } from "@/lib/actions/progress/mutations";
import { initialFormState, toFormState } from "@/components/ui/form-state";
import { ProgressForm, type PointValues } from "./progress-form";

type Props = {
  actionId: string;
  version: number;
  pointId: string;
  values: PointValues;
  statuses: { code: string; label: string }[];
  /** The only point of an action can be corrected, not withdrawn. */
  canWithdraw: boolean;
};

/** Correct or withdraw one point d'avancement: the history keeps what it said before. */
export function PointActions({ actionId, version, pointId, values, statuses, canWithdraw }: Props) {
  const router = useRouter();
  const formId = useId();
  const [correcting, setCorrecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [withdrawal, withdraw, pending] = useActionState(async () => {
    const result = await withdrawProgress({ actionId, version, pointId });
    if (result.ok) router.refresh();
    return toFormState(result);
  }, initialFormState);

  return (
    <div className="fr-mt-1w">
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li>
          <Button
            type="button"
            priority="tertiary"
            iconId="fr-icon-edit-line"
            aria-expanded={correcting}
            aria-controls={formId}
            onClick={() => setCorrecting((open) => !open)}
          >
            Corriger ce point
          </Button>
        </li>
        {canWithdraw && !confirming && (
          <li>
            <Button type="button" priority="tertiary" iconId="fr-icon-delete-line" onClick={() => setConfirming(true)}>
              Retirer ce point
            </Button>
          </li>
        )}
      </ul>
      {confirming && (
        <form action={withdraw} className="fr-mb-2w">
          <p className="fr-mb-1w">
            Retirer ce point ? L&apos;action reprendra l&apos;état de son point précédent ; l&apos;historique gardera ce
            qu&apos;il disait.
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li>
              <Button type="submit" aria-disabled={pending}>
                Confirmer le retrait
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => setConfirming(false)}>
                Annuler
              </Button>
            </li>
          </ul>
          {withdrawal.status === "error" && (
            <p role="alert" className="fr-error-text">
              {withdrawal.message}
            </p>
          )}
        </form>
      )}
      {correcting && (
        <div id={formId} className="fr-p-2w fr-mt-1w" style={{ border: "1px solid var(--border-default-grey)" }}>
          <ProgressForm
            actionId={actionId}
            version={version}
            statuses={statuses}
            mode={{ kind: "correct", pointId, values }}
            idPrefix={`correction-${pointId}`}
          />
        </div>
      )}
    </div>
  );
}

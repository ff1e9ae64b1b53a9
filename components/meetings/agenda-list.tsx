"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import type { AgendaPoint } from "@/lib/meetings/queries";
import { addAgendaItem, moveAgendaItem, removeAgendaItem } from "@/lib/meetings/mutations";
import { agendaReasonLabels, decisionKindLabels } from "@/lib/meetings/schemas";
import { DecisionForm } from "./decision-form";
import { DecisionStateBadge } from "./decision-follow-up";
import { SummaryForm } from "./summary-form";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatPercent } from "@/lib/format";
import { LateBadge, StatusBadge } from "@/components/actions/status-badge";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

type Props = {
  meetingId: string;
  version: number;
  territorySlug: string;
  points: AgendaPoint[];
  /** Whether the user prepares séances here (reorder, drop, add points). */
  editable: boolean;
  /** For whoever records what the séance decided: the statuses and the people a decision may name. */
  recording: { statuses: { code: string; label: string }[]; people: { id: string; name: string }[] } | null;
};

function Decisions({ decisions }: { decisions: AgendaPoint["decisions"] }) {
  if (decisions.length === 0) return null;
  return (
    <ul className="fr-mt-1w">
      {decisions.map((decision) => (
        <li key={decision.id}>
          <DecisionStateBadge state={decision.state} /> <strong>Décision ({decisionKindLabels[decision.kind]})</strong>{" "}
          : {decision.text}
          {decision.responsibleName && <> · responsable : {decision.responsibleName}</>}
          {decision.dueDate && <> · échéance : {formatDate(dayToDate(decision.dueDate))}</>}
          {decision.appliedStatusLabel && <> · statut de l&apos;action : {decision.appliedStatusLabel}</>}
        </li>
      ))}
    </ul>
  );
}

function ActionState({ action }: { action: NonNullable<AgendaPoint["action"]> }) {
  return (
    <p className="fr-text--sm fr-mb-0">
      <StatusBadge code={action.statusCode} label={action.statusLabel} />
      {action.isLate && <LateBadge />} Avancement {formatPercent(action.progress)}
      {action.plannedEndDate && <> · fin prévue le {formatDate(dayToDate(action.plannedEndDate))}</>}
      {" · "}
      {action.lastPointDate
        ? `dernier point le ${formatDate(dayToDate(action.lastPointDate))}`
        : "aucun point d'avancement"}
    </p>
  );
}

/** The ordre du jour: each point with why it is there and, for an action, its state at a glance. */
export function AgendaList({ meetingId, version, territorySlug, points, editable, recording }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [moveState, setMoveState] = useState<FormState>(initialFormState);
  const [addState, addAction, adding] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result = await addAgendaItem({ meetingId, version, title: formData.get("title") });
      if (result.ok) router.refresh();
      return toFormState(result, "Point ajouté à l'ordre du jour.");
    },
    initialFormState,
  );

  function change(run: () => Promise<Parameters<typeof toFormState>[0]>) {
    startTransition(async () => {
      const result = await run();
      setMoveState(toFormState(result));
      if (result.ok) router.refresh();
    });
  }

  return (
    <>
      {moveState.status === "error" && <FormStateAlert state={moveState} />}
      {points.length === 0 ? (
        <p>Aucun point à l&apos;ordre du jour pour l&apos;instant.</p>
      ) : (
        <ol aria-label="Points de l'ordre du jour">
          {points.map((point, index) => (
            <li key={point.id} className="fr-mb-3w">
              <p className="fr-text--bold fr-mb-1v">
                {point.action && !point.action.archived ? (
                  <Link href={`/territoires/${territorySlug}/actions/${point.action.id}`}>{point.title}</Link>
                ) : (
                  point.title
                )}
              </p>
              <p className="fr-text--xs fr-mb-1v">{agendaReasonLabels[point.reason]}</p>
              {point.action && <ActionState action={point.action} />}
              {point.summary && <p className="fr-mt-1w fr-mb-0">Synthèse : {point.summary}</p>}
              <Decisions decisions={point.decisions} />
              {recording && (
                <details className="fr-mt-1w">
                  <summary>
                    Rédiger la synthèse<span className="fr-sr-only"> du point {index + 1}</span>
                  </summary>
                  <SummaryForm
                    meetingId={meetingId}
                    version={version}
                    itemId={point.id}
                    summary={point.summary}
                    pointNumber={index + 1}
                  />
                </details>
              )}
              {recording && (
                <details className="fr-mt-1w">
                  <summary>
                    Enregistrer une décision<span className="fr-sr-only"> sur le point {index + 1}</span>
                  </summary>
                  <DecisionForm
                    meetingId={meetingId}
                    version={version}
                    agendaItemId={point.id}
                    statuses={point.action && !point.action.archived ? recording.statuses : null}
                    people={recording.people}
                    idPrefix={`decision-${point.id}`}
                  />
                </details>
              )}
              {editable && (
                <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-1w">
                  <li>
                    <Button
                      type="button"
                      priority="tertiary"
                      size="small"
                      disabled={pending || index === 0}
                      onClick={() =>
                        change(() => moveAgendaItem({ meetingId, version, itemId: point.id, direction: "up" }))
                      }
                    >
                      Monter<span className="fr-sr-only"> le point {index + 1}</span>
                    </Button>
                  </li>
                  <li>
                    <Button
                      type="button"
                      priority="tertiary"
                      size="small"
                      disabled={pending || index === points.length - 1}
                      onClick={() =>
                        change(() => moveAgendaItem({ meetingId, version, itemId: point.id, direction: "down" }))
                      }
                    >
                      Descendre<span className="fr-sr-only"> le point {index + 1}</span>
                    </Button>
                  </li>
                  <li>
                    <Button
                      type="button"
                      priority="tertiary"
                      size="small"
                      iconId="fr-icon-delete-line"
                      disabled={pending}
                      onClick={() => change(() => removeAgendaItem({ meetingId, version, itemId: point.id }))}
                    >
                      Retirer<span className="fr-sr-only"> le point {index + 1}</span>
                    </Button>
                  </li>
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <form action={addAction} noValidate className="fr-mt-3w">
          <FormStateAlert state={addState} />
          <Input
            label="Ajouter un point à l'ordre du jour"
            hintText="Par exemple : Point d'information sur le recrutement d'un manager de la zone"
            nativeInputProps={{ name: "title" }}
            {...fieldState(addState, "title")}
          />
          <Button type="submit" priority="secondary" iconId="fr-icon-add-line" disabled={adding}>
            Ajouter le point
          </Button>
        </form>
      )}
    </>
  );
}

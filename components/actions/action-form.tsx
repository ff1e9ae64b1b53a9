"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionFormValues } from "@/lib/actions/form-values";
import { createAction, updateAction } from "@/lib/actions/mutations";
import { createActionInput, updateActionInput } from "@/lib/actions/schemas";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import {
  failureState,
  fieldState,
  initialFormState,
  invalidProps,
  localValidationState,
  type FormState,
} from "@/components/ui/form-state";
import { buildActionInput } from "./action-form-data";
import {
  CarrierFields,
  DescriptionFields,
  ScheduleFields,
  type LeverOption,
  type Option,
  type PilotOption,
} from "./action-form-sections";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ConflictAlert } from "./conflict-alert";
import { actionFieldLabel } from "@/lib/actions/field-labels";
import { FundingLinesFieldset } from "./funding-lines-fieldset";
import { IndicatorsFieldset } from "./indicators-fieldset";

export type ActionFormTarget =
  { kind: "create"; territoryId: string } | { kind: "update"; actionId: string; version: number };

type Props = {
  target: ActionFormTarget;
  values: ActionFormValues;
  cancelHref: string;
  levers: LeverOption[];
  statuses: Option[];
  funders: Option[];
  pilots: PilotOption[];
};

/** Where to go once the action is saved. */
type ActionFormState = FormState & { actionUrl?: string };
const initialActionFormState: ActionFormState = initialFormState;

async function submit(target: ActionFormTarget, formData: FormData): Promise<ActionFormState> {
  const input = buildActionInput(formData);
  // The same schema as the server, for immediate feedback; the server checks everything again.
  const local = (target.kind === "create" ? createActionInput : updateActionInput).safeParse(input);
  if (!local.success) return localValidationState(local.error);
  const result = target.kind === "create" ? await createAction(input) : await updateAction(input);
  if (!result.ok) return failureState(result);
  return {
    status: "success",
    fieldErrors: {},
    actionUrl: `/territoires/${result.data.territorySlug}/actions/${result.data.actionId}`,
  };
}

export function ActionForm({ target, values, cancelHref, levers, statuses, funders, pilots }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [state, dispatch, pending] = useActionState(
    (_previous: ActionFormState, formData: FormData) => submit(target, formData),
    initialActionFormState,
  );

  useEffect(() => {
    if (state.actionUrl) router.push(state.actionUrl);
  }, [state.actionUrl, router]);

  useEffect(() => {
    // Keyboard and screen reader users land on the summary of what to correct, which links to each field.
    if (state.status === "error") (summary.current ?? alert.current)?.focus();
  }, [state]);

  // Submitting through onSubmit rather than the form's action prop: React resets a form after its
  // action, which would wipe everything typed when the server sends errors back.
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  const budget = fieldState(state, "plannedBudget");
  return (
    <form ref={form} onSubmit={handleSubmit} noValidate>
      {state.code === "CONFLICT" ? (
        <ConflictAlert message={state.message} />
      ) : state.status === "error" && Object.keys(state.fieldErrors).length > 0 ? (
        <ErrorSummary ref={summary} fieldErrors={state.fieldErrors} labelOf={actionFieldLabel} />
      ) : (
        <div ref={alert} tabIndex={-1}>
          <FormStateAlert state={state} />
        </div>
      )}
      <p className="fr-text--sm">Sauf mention « facultatif », tous les champs sont obligatoires.</p>
      {target.kind === "create" ? (
        <input type="hidden" name="territoryId" value={target.territoryId} />
      ) : (
        <>
          <input type="hidden" name="actionId" value={target.actionId} />
          <input type="hidden" name="version" value={target.version} />
        </>
      )}
      <section aria-labelledby="action-section-description">
        <h2 id="action-section-description">L&apos;action</h2>
        <DescriptionFields values={values} state={state} levers={levers} />
      </section>
      <section aria-labelledby="action-section-calendrier" className="fr-mt-6w">
        <h2 id="action-section-calendrier">{target.kind === "create" ? "Statut et calendrier" : "Calendrier"}</h2>
        <ScheduleFields values={values} state={state} statuses={statuses} withState={target.kind === "create"} />
      </section>
      <section aria-labelledby="action-section-porteur" className="fr-mt-6w">
        <h2 id="action-section-porteur">Porteur, pilotes et partenaires</h2>
        <CarrierFields values={values} state={state} pilots={pilots} />
      </section>
      <section aria-labelledby="action-section-financements" className="fr-mt-6w">
        <h2 id="action-section-financements">Budget et financements</h2>
        <Input
          label="Budget prévisionnel (€, facultatif)"
          hintText="En euros, par exemple 250000"
          nativeInputProps={{
            name: "plannedBudget",
            inputMode: "numeric",
            defaultValue: values.plannedBudget,
            ...invalidProps(state, "plannedBudget"),
          }}
          {...budget}
        />
        <FundingLinesFieldset funders={funders} initialLines={values.fundingLines} state={state} />
      </section>
      <section aria-labelledby="action-section-indicateurs" className="fr-mt-6w">
        <h2 id="action-section-indicateurs">Indicateurs</h2>
        <IndicatorsFieldset initialIndicators={values.indicators} state={state} />
      </section>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-6w">
        <li>
          <Button type="submit" disabled={pending || state.status === "success"}>
            {target.kind === "create" ? "Créer l'action" : "Enregistrer les modifications"}
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href={cancelHref}>
            Annuler
          </Link>
        </li>
      </ul>
    </form>
  );
}

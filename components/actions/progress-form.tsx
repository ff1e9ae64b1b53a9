"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { todayInFrance } from "@/lib/dates";
import { correctProgress, recordProgress } from "@/lib/actions/progress/mutations";
import { correctProgressInput, recordProgressInput } from "@/lib/actions/schemas";
import { ErrorSummary, fieldAnchor } from "@/components/ui/error-summary";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import {
  failureState,
  fieldState,
  initialFormState,
  invalidProps,
  localValidationState,
  type FormState,
} from "@/components/ui/form-state";
import { ConflictAlert } from "./conflict-alert";
import { actionFieldLabel } from "@/lib/actions/field-labels";

export type PointValues = { date: string; progress: string; statusCode: string; comment: string };

type Props = {
  actionId: string;
  version: number;
  statuses: { code: string; label: string }[];
  /** A new point (empty progress: an untouched form records nothing), or the correction of one. */
  mode:
    | { kind: "record"; currentStatusCode: string; currentProgress: number }
    | { kind: "correct"; pointId: string; values: PointValues };
  /** Distinguishes the ids of several forms on one page (one per point being corrected). */
  idPrefix?: string;
};

type ProgressFormState = FormState & { savedVersion?: number };
const initialProgressState: ProgressFormState = initialFormState;

export function ProgressForm({ actionId, version, statuses, mode, idPrefix = "point" }: Props) {
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const initial: PointValues =
    mode.kind === "correct"
      ? mode.values
      : { date: todayInFrance(), progress: "", statusCode: mode.currentStatusCode, comment: "" };
  const [values, setValues] = useState(initial);
  const set = (field: keyof PointValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const [state, dispatch, pending] = useActionState(
    async (_previous: ProgressFormState, input: Record<string, unknown>): Promise<ProgressFormState> => {
      const schema = mode.kind === "record" ? recordProgressInput : correctProgressInput;
      const local = schema.safeParse(input);
      if (!local.success) return localValidationState(local.error);
      const result = mode.kind === "record" ? await recordProgress(input) : await correctProgress(input);
      if (!result.ok) return failureState(result);
      if (mode.kind === "record") setValues({ ...initial, statusCode: values.statusCode });
      router.refresh();
      return {
        status: "success",
        message: mode.kind === "record" ? "Point d'avancement enregistré." : "Point d'avancement corrigé.",
        fieldErrors: {},
        savedVersion: result.data.version,
      };
    },
    initialProgressState,
  );
  // Until the refreshed page arrives, the version this form just produced is the current one: a
  // second point recorded right away must not be refused as stale.
  const currentVersion = Math.max(version, state.savedVersion ?? 0);

  useEffect(() => {
    if (state.status === "error") (summary.current ?? alert.current)?.focus();
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const point = mode.kind === "correct" ? { pointId: mode.pointId } : {};
    startTransition(() => dispatch({ actionId, version: currentVersion, ...point, ...values }));
  }

  const id = (field: string) => `${idPrefix}-${fieldAnchor(field)}`;
  const hasFieldErrors = state.status === "error" && Object.keys(state.fieldErrors).length > 0;
  const currentStatusLabel =
    mode.kind === "record" ? statuses.find((status) => status.code === mode.currentStatusCode)?.label : undefined;
  return (
    <form onSubmit={handleSubmit} noValidate>
      {state.code === "CONFLICT" ? (
        <ConflictAlert message={state.message} headingLevel="h4" />
      ) : hasFieldErrors ? (
        <ErrorSummary ref={summary} fieldErrors={state.fieldErrors} labelOf={actionFieldLabel} />
      ) : (
        <div ref={alert} tabIndex={-1}>
          <FormStateAlert state={state} />
        </div>
      )}
      <Input
        label="Date du point"
        hintText="Le jour où l'action en était là : aujourd'hui ou avant"
        nativeInputProps={{
          id: id("date"),
          type: "date",
          name: "date",
          max: todayInFrance(),
          value: values.date,
          onChange: set("date"),
          ...invalidProps(state, "date"),
        }}
        {...fieldState(state, "date")}
      />
      <Input
        label={mode.kind === "record" ? "Nouvel avancement (%)" : "Avancement (%)"}
        hintText={
          mode.kind === "record"
            ? `Un nombre entier entre 0 et 100. Actuellement : ${mode.currentProgress} % (${currentStatusLabel}).`
            : "Un nombre entier entre 0 et 100"
        }
        nativeInputProps={{
          id: id("progress"),
          type: "number",
          name: "progress",
          min: 0,
          max: 100,
          step: 1,
          value: values.progress,
          onChange: set("progress"),
          ...invalidProps(state, "progress"),
        }}
        {...fieldState(state, "progress")}
      />
      <Select
        label="Statut"
        hint="100 % va avec « Réalisée », 0 % avec « À venir »"
        nativeSelectProps={{
          id: id("statusCode"),
          name: "statusCode",
          value: values.statusCode,
          onChange: set("statusCode"),
          ...invalidProps(state, "statusCode"),
        }}
        {...fieldState(state, "statusCode")}
      >
        {statuses.map((status) => (
          <option key={status.code} value={status.code}>
            {status.label}
          </option>
        ))}
      </Select>
      <Input
        label="Commentaire (facultatif)"
        hintText="Ce qui a avancé, ce qui bloque, la prochaine étape"
        textArea
        nativeTextAreaProps={{
          id: id("comment"),
          name: "comment",
          rows: 3,
          value: values.comment,
          onChange: set("comment"),
          ...invalidProps(state, "comment"),
        }}
        {...fieldState(state, "comment")}
      />
      <Button type="submit" disabled={pending}>
        {mode.kind === "record" ? "Enregistrer le point d'avancement" : "Enregistrer la correction"}
      </Button>
    </form>
  );
}

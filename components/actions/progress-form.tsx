"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { todayInFrance } from "@/lib/dates";
import { recordProgress } from "@/lib/actions/progress-mutations";
import { recordProgressInput } from "@/lib/actions/schemas";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState } from "@/components/ui/form-state";
import {
  failureState,
  initialActionFormState,
  invalidProps,
  localValidationState,
  type ActionFormState,
} from "./action-form-state";
import { ConflictAlert } from "./conflict-alert";

type Props = {
  actionId: string;
  version: number;
  statuses: { code: string; label: string }[];
  currentProgress: number;
  currentStatusCode: string;
};

type ProgressFormState = ActionFormState & { savedVersion?: number };
const initialProgressState: ProgressFormState = initialActionFormState;

export function ProgressForm({ actionId, version, statuses, currentProgress, currentStatusCode }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [date, setDate] = useState(() => todayInFrance());
  const [progress, setProgress] = useState(String(currentProgress));
  const [statusCode, setStatusCode] = useState(currentStatusCode);
  const [comment, setComment] = useState("");

  const [state, dispatch, pending] = useActionState(
    async (_previous: ProgressFormState, input: Record<string, unknown>): Promise<ProgressFormState> => {
      const local = recordProgressInput.safeParse(input);
      if (!local.success) return localValidationState(local.error);
      const result = await recordProgress(input);
      if (!result.ok) return failureState(result);
      setComment("");
      router.refresh();
      return {
        status: "success",
        message: "Point d'avancement enregistré.",
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
    if (state.status === "error") form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { actionId, version: currentVersion, date, progress, statusCode, comment };
    startTransition(() => dispatch(input));
  }

  return (
    <form ref={form} onSubmit={handleSubmit} noValidate>
      {state.code === "CONFLICT" ? (
        <ConflictAlert message={state.message} headingLevel="h4" />
      ) : (
        <FormStateAlert state={state} />
      )}
      <Input
        label="Date du point"
        nativeInputProps={{
          type: "date",
          name: "date",
          value: date,
          onChange: (event) => setDate(event.target.value),
          ...invalidProps(state, "date"),
        }}
        {...fieldState(state, "date")}
      />
      <Input
        label="Nouvel avancement (%)"
        hintText="Un nombre entier entre 0 et 100"
        nativeInputProps={{
          type: "number",
          name: "progress",
          min: 0,
          max: 100,
          step: 1,
          value: progress,
          onChange: (event) => setProgress(event.target.value),
          ...invalidProps(state, "progress"),
        }}
        {...fieldState(state, "progress")}
      />
      <Select
        label="Statut"
        nativeSelectProps={{
          name: "statusCode",
          value: statusCode,
          onChange: (event) => setStatusCode(event.target.value),
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
          name: "comment",
          rows: 3,
          value: comment,
          onChange: (event) => setComment(event.target.value),
          ...invalidProps(state, "comment"),
        }}
        {...fieldState(state, "comment")}
      />
      <Button type="submit" disabled={pending}>
        Enregistrer le point d&apos;avancement
      </Button>
    </form>
  );
}

"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { recordDecision } from "@/lib/meetings/decision-mutations";
import { decisionKindLabels, decisionKinds } from "@/lib/meetings/schemas";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState, initialFormState, invalidProps, toFormState, type FormState } from "@/components/ui/form-state";

export type DecisionFormProps = {
  meetingId: string;
  version: number;
  agendaItemId: string;
  /** Shown only for a point about an action: the status the decision gives it. */
  statuses: { code: string; label: string }[] | null;
  people: { id: string; name: string }[];
  /** Distinguishes the fields of one point's form from the others'. */
  idPrefix: string;
};

/** Records what the séance decided on one point: kind, wording, responsible, due date, new status. */
export function DecisionForm({ meetingId, version, agendaItemId, statuses, people, idPrefix }: DecisionFormProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const field = (name: string) => formData.get(name) ?? "";
      const result = await recordDecision({
        meetingId,
        version,
        agendaItemId,
        kind: field("kind"),
        text: field("text"),
        responsibleId: field("responsibleId"),
        dueDate: field("dueDate"),
        newStatusCode: field("newStatusCode"),
      });
      if (result.ok) router.refresh();
      return toFormState(result, "Décision enregistrée.");
    },
    initialFormState,
  );
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <Select
        label="Type de décision"
        nativeSelectProps={{ id: id("kind"), name: "kind", defaultValue: "VALIDER", ...invalidProps(state, "kind") }}
        {...fieldState(state, "kind")}
      >
        {decisionKinds.map((kind) => (
          <option key={kind} value={kind}>
            {decisionKindLabels[kind]}
          </option>
        ))}
      </Select>
      <Input
        label="Décision"
        textArea
        nativeTextAreaProps={{ id: id("text"), name: "text", rows: 3, ...invalidProps(state, "text") }}
        {...fieldState(state, "text")}
      />
      <Select
        label="Responsable du suivi (facultatif)"
        nativeSelectProps={{ id: id("responsible"), name: "responsibleId", defaultValue: "" }}
        {...fieldState(state, "responsibleId")}
      >
        <option value="">Personne en particulier</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </Select>
      <Input
        label="Échéance (facultatif)"
        hintText="Format attendu : JJ/MM/AAAA"
        nativeInputProps={{ id: id("due"), name: "dueDate", type: "date", ...invalidProps(state, "dueDate") }}
        {...fieldState(state, "dueDate")}
      />
      {statuses && (
        <Select
          label="Nouveau statut de l'action (facultatif)"
          hint="Enregistré comme un point d'avancement daté d'aujourd'hui, qui cite la décision"
          nativeSelectProps={{ id: id("status"), name: "newStatusCode", defaultValue: "" }}
          {...fieldState(state, "newStatusCode")}
        >
          <option value="">Inchangé</option>
          {statuses.map((status) => (
            <option key={status.code} value={status.code}>
              {status.label}
            </option>
          ))}
        </Select>
      )}
      <Button type="submit" priority="secondary" disabled={pending}>
        Enregistrer la décision
      </Button>
    </form>
  );
}

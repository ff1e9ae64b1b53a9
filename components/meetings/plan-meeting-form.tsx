"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { planMeeting } from "@/lib/meetings/mutations";
import { meetingKindLabels, meetingKinds } from "@/lib/meetings/schemas";
import { collegeLabels } from "@/lib/users/schemas";
import type { College } from "@/lib/auth/permissions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formDataToObject } from "@/components/ui/form-data";
import { failureState, fieldState, initialFormState, type FormState } from "@/components/ui/form-state";

export type ParticipantChoice = {
  id: string;
  name: string;
  organisation: string;
  college: College;
  isBinome: boolean;
  invitedByDefault: boolean;
};

type Props = {
  territoryId: string;
  territorySlug: string;
  defaultDay: string;
  people: ParticipantChoice[];
};

const fieldLabels: Record<string, string> = {
  kind: "Type de séance",
  day: "Date",
  time: "Heure",
  place: "Lieu",
  videoUrl: "Lien de visioconférence",
  participantIds: "Participants",
};

type PlanState = FormState & { meetingUrl?: string };
const initialPlanState: PlanState = initialFormState;

/** Plan a séance: when, where, who; the ordre du jour is proposed from the plan once it is created. */
export function PlanMeetingForm({ territoryId, territorySlug, defaultDay, people }: Props) {
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const [state, formAction, pending] = useActionState(
    async (_previous: PlanState, formData: FormData): Promise<PlanState> => {
      const result = await planMeeting({ ...formDataToObject(formData, ["participantIds"]), territoryId });
      if (!result.ok) return failureState(result);
      return {
        status: "success",
        fieldErrors: {},
        meetingUrl: `/territoires/${result.data.territorySlug}/seances/${result.data.meetingId}`,
      };
    },
    initialPlanState,
  );
  useEffect(() => {
    if (state.meetingUrl) router.push(state.meetingUrl);
  }, [state.meetingUrl, router]);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  const colleges = [...new Set(people.map((person) => person.college))];
  return (
    <form action={formAction} noValidate>
      {state.status === "error" && (
        <ErrorSummary
          ref={summary}
          fieldErrors={state.fieldErrors}
          labelOf={(field) => fieldLabels[field] ?? field}
          message={state.message}
        />
      )}
      <Select
        label="Type de séance"
        nativeSelectProps={{ name: "kind", defaultValue: "COMITE_PILOTAGE" }}
        {...fieldState(state, "kind")}
      >
        {meetingKinds.map((kind) => (
          <option key={kind} value={kind}>
            {meetingKindLabels[kind]}
          </option>
        ))}
      </Select>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Date"
            hintText="Format attendu : JJ/MM/AAAA"
            nativeInputProps={{ name: "day", type: "date", defaultValue: defaultDay }}
            {...fieldState(state, "day")}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Heure de début"
            hintText="Heure de Paris, par exemple 14:30"
            nativeInputProps={{ name: "time", type: "time", defaultValue: "14:00" }}
            {...fieldState(state, "time")}
          />
        </div>
      </div>
      <Input
        label="Lieu"
        hintText="Adresse ou salle ; facultatif si la séance a lieu en visioconférence"
        nativeInputProps={{ name: "place" }}
        {...fieldState(state, "place")}
      />
      <Input
        label="Lien de visioconférence (facultatif)"
        hintText="Lien complet commençant par https://"
        nativeInputProps={{ name: "videoUrl", type: "url" }}
        {...fieldState(state, "videoUrl")}
      />
      <fieldset className="fr-fieldset" aria-describedby="participants-aide">
        <legend className="fr-fieldset__legend">Participants</legend>
        <p id="participants-aide" className="fr-hint-text fr-fieldset__element">
          Le comité du territoire et les contacts de la Région et de l&apos;État sont cochés ; ajoutez ou retirez des
          personnes.
        </p>
        {colleges.map((college) => (
          <div key={college} className="fr-fieldset__element">
            <Checkbox
              legend={collegeLabels[college]}
              options={people
                .filter((person) => person.college === college)
                .map((person) => ({
                  label: `${person.name}${person.isBinome ? " (binôme)" : ""}`,
                  hintText: person.organisation,
                  nativeInputProps: {
                    name: "participantIds",
                    value: person.id,
                    defaultChecked: person.invitedByDefault,
                  },
                }))}
            />
          </div>
        ))}
        {state.fieldErrors.participantIds && (
          <p className="fr-error-text fr-fieldset__element">{state.fieldErrors.participantIds.join(" ")}</p>
        )}
      </fieldset>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending}>
            Planifier la séance
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href={`/territoires/${territorySlug}/seances`}>
            Annuler
          </Link>
        </li>
      </ul>
    </form>
  );
}

"use client";

import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState } from "react";
import type { ActionFormValues } from "@/lib/actions/form-values";
import { carrierCollegeLabels, carrierColleges } from "@/lib/actions/schemas";
import { fieldState, invalidProps, type FormState } from "@/components/ui/form-state";
import { fieldAnchor } from "@/components/ui/error-summary";

export type Option = { code: string; label: string };
export type LeverOption = Option & { subThemes: Option[] };
export type PilotOption = { id: string; name: string; organisation: string };

type SectionProps = { values: ActionFormValues; state: FormState };

/** Props of a DSFR field: its name, initial value, and error state tied to it. */
function field(state: FormState, name: keyof ActionFormValues, defaultValue: string) {
  return {
    native: { id: fieldAnchor(name), name, defaultValue, ...invalidProps(state, name) },
    error: fieldState(state, name),
  };
}

export function DescriptionFields({ values, state, levers }: SectionProps & { levers: LeverOption[] }) {
  const [leverCode, setLeverCode] = useState(values.leverCode);
  const [subThemeCode, setSubThemeCode] = useState(values.subThemeCode);
  const subThemes = levers.find((lever) => lever.code === leverCode)?.subThemes ?? [];
  const title = field(state, "title", values.title);
  const description = field(state, "description", values.description);
  const expectedResults = field(state, "expectedResults", values.expectedResults);
  return (
    <>
      <Select
        label="Levier"
        nativeSelectProps={{
          id: fieldAnchor("leverCode"),
          name: "leverCode",
          value: leverCode,
          onChange: (event) => {
            setLeverCode(event.target.value);
            setSubThemeCode("");
          },
          ...invalidProps(state, "leverCode"),
        }}
        {...fieldState(state, "leverCode")}
      >
        <option value="" disabled>
          Choisir un levier
        </option>
        {levers.map((lever) => (
          <option key={lever.code} value={lever.code}>
            {lever.label}
          </option>
        ))}
      </Select>
      <Select
        label="Sous-thème (facultatif)"
        hint={leverCode ? undefined : "Choisissez d'abord un levier."}
        nativeSelectProps={{
          id: fieldAnchor("subThemeCode"),
          name: "subThemeCode",
          value: subThemeCode,
          onChange: (event) => setSubThemeCode(event.target.value),
          ...invalidProps(state, "subThemeCode"),
        }}
        {...fieldState(state, "subThemeCode")}
      >
        <option value="">Aucun sous-thème</option>
        {subThemes.map((subTheme) => (
          <option key={subTheme.code} value={subTheme.code}>
            {subTheme.label}
          </option>
        ))}
      </Select>
      <Input label="Titre" nativeInputProps={title.native} {...title.error} />
      <Input
        label="Description (facultatif)"
        textArea
        nativeTextAreaProps={{ ...description.native, rows: 5 }}
        {...description.error}
      />
      <Input
        label="Résultats attendus (facultatif)"
        textArea
        nativeTextAreaProps={{ ...expectedResults.native, rows: 3 }}
        {...expectedResults.error}
      />
    </>
  );
}

/**
 * Planned dates, and at creation the action's first state. Afterwards the state changes only through
 * points d'avancement (on the action's page): the edit form shows it without a field.
 */
export function ScheduleFields({
  values,
  state,
  statuses,
  withState,
}: SectionProps & { statuses: Option[]; withState: boolean }) {
  const start = field(state, "plannedStartDate", values.plannedStartDate);
  const end = field(state, "plannedEndDate", values.plannedEndDate);
  const statusLabel = statuses.find((status) => status.code === values.statusCode)?.label ?? values.statusCode;
  return (
    <>
      {withState ? (
        <StateFields values={values} state={state} statuses={statuses} />
      ) : (
        <p>
          Avancement : {values.progress} %, statut : {statusLabel}. Ils changent en enregistrant un point
          d&apos;avancement, sur la page de l&apos;action.
        </p>
      )}
      <Input label="Début prévu (facultatif)" nativeInputProps={{ ...start.native, type: "date" }} {...start.error} />
      <Input label="Fin prévue (facultatif)" nativeInputProps={{ ...end.native, type: "date" }} {...end.error} />
    </>
  );
}

function StateFields({ values, state, statuses }: SectionProps & { statuses: Option[] }) {
  const progress = field(state, "progress", values.progress);
  return (
    <>
      <Select
        label="Statut"
        nativeSelectProps={{
          id: fieldAnchor("statusCode"),
          name: "statusCode",
          defaultValue: values.statusCode,
          ...invalidProps(state, "statusCode"),
        }}
        {...fieldState(state, "statusCode")}
      >
        <option value="" disabled>
          Choisir un statut
        </option>
        {statuses.map((status) => (
          <option key={status.code} value={status.code}>
            {status.label}
          </option>
        ))}
      </Select>
      <Input
        label="Avancement (%)"
        hintText="Un nombre entier entre 0 et 100 : 0 pour « À venir », 100 pour « Réalisée ». Il devient le premier point d'avancement."
        nativeInputProps={{ ...progress.native, type: "number", min: 0, max: 100, step: 1 }}
        {...progress.error}
      />
    </>
  );
}

export function CarrierFields({ values, state, pilots }: SectionProps & { pilots: PilotOption[] }) {
  const organisation = field(state, "carrierOrganisation", values.carrierOrganisation);
  const partners = field(state, "partners", values.partners);
  return (
    <>
      <Select
        label="Collège du porteur"
        nativeSelectProps={{
          id: fieldAnchor("carrierCollege"),
          name: "carrierCollege",
          defaultValue: values.carrierCollege,
          ...invalidProps(state, "carrierCollege"),
        }}
        {...fieldState(state, "carrierCollege")}
      >
        <option value="" disabled>
          Choisir un collège
        </option>
        {carrierColleges.map((college) => (
          <option key={college} value={college}>
            {carrierCollegeLabels[college]}
          </option>
        ))}
      </Select>
      <Input
        label="Organisation porteuse"
        hintText="Par exemple : Club des industriels de l'Axe Seine"
        nativeInputProps={organisation.native}
        {...organisation.error}
      />
      {pilots.length > 0 && (
        <Select
          label="Personne contact du porteur (facultatif)"
          hint="Un membre du comité de pilotage qui représente le porteur : il reçoit aussi les rappels sur l'action."
          nativeSelectProps={{
            id: fieldAnchor("carrierContactId"),
            name: "carrierContactId",
            defaultValue: values.carrierContactId,
            ...invalidProps(state, "carrierContactId"),
          }}
          {...fieldState(state, "carrierContactId")}
        >
          <option value="">Aucune</option>
          {pilots.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.organisation})
            </option>
          ))}
        </Select>
      )}
      {pilots.length > 0 ? (
        <Checkbox
          legend="Pilotes (facultatif)"
          hintText="Les membres du comité de pilotage qui suivent l'action."
          options={pilots.map((pilot) => ({
            label: pilot.name,
            hintText: pilot.organisation,
            nativeInputProps: { name: "pilotIds", value: pilot.id, defaultChecked: values.pilotIds.includes(pilot.id) },
          }))}
          {...fieldState(state, "pilotIds")}
        />
      ) : (
        <p>Le comité de pilotage n&apos;a pas encore de membre inscrit : aucun pilote ne peut être choisi.</p>
      )}
      <Input
        label="Partenaires (facultatif)"
        hintText="Séparés par des virgules"
        textArea
        nativeTextAreaProps={{ ...partners.native, rows: 2 }}
        {...partners.error}
      />
    </>
  );
}

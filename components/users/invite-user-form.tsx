"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState, useState } from "react";
import type { College } from "@/lib/auth/permissions";
import { inviteUser } from "@/lib/users/mutations";
import { collegeLabels } from "@/lib/users/schemas";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { formDataToObject } from "@/components/ui/form-data";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

type Props = {
  colleges: readonly College[];
  territories: { id: string; name: string }[];
  regions: { code: string; name: string }[];
};

export function InviteUserForm({ colleges, territories, regions }: Props) {
  const [college, setCollege] = useState<College | "">("");
  const [state, formAction, pending] = useActionState(async (_previous: FormState, formData: FormData) => {
    const input = formDataToObject(formData, ["territoryIds", "binomeTerritoryIds"]);
    return toFormState(await inviteUser(input), "Invitation envoyée.");
  }, initialFormState);
  const committee = college === "ELU" || college === "INDUSTRIEL";
  const regional = college === "REGION" || college === "ETAT";

  return (
    <form action={formAction} noValidate>
      <FormStateAlert state={state} />
      <Input
        label="Prénom et nom"
        nativeInputProps={{ name: "name", autoComplete: "off" }}
        {...fieldState(state, "name")}
      />
      <Input
        label="Adresse électronique"
        hintText="Format attendu : prenom.nom@exemple.fr"
        nativeInputProps={{ name: "email", type: "email", autoComplete: "off" }}
        {...fieldState(state, "email")}
      />
      <Input
        label="Organisation"
        hintText="Par exemple : Préfecture de l'Orne, Communauté urbaine Caen la Mer"
        nativeInputProps={{ name: "organisation" }}
        {...fieldState(state, "organisation")}
      />
      <Select
        label="Collège"
        nativeSelectProps={{
          name: "college",
          value: college,
          onChange: (event) => setCollege(event.target.value as College),
        }}
        {...fieldState(state, "college")}
      >
        <option value="" disabled>
          Choisir un collège
        </option>
        {colleges.map((code) => (
          <option key={code} value={code}>
            {collegeLabels[code]}
          </option>
        ))}
      </Select>
      {regional && (
        <Select
          label="Région suivie"
          nativeSelectProps={{ name: "regionCode", defaultValue: "" }}
          {...fieldState(state, "regionCode")}
        >
          <option value="" disabled>
            Choisir une région
          </option>
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </Select>
      )}
      {committee && (
        <>
          <Checkbox
            legend="Comités de pilotage"
            options={territories.map((territory) => ({
              label: territory.name,
              nativeInputProps: { name: "territoryIds", value: territory.id },
            }))}
            {...fieldState(state, "territoryIds")}
          />
          <Checkbox
            legend="Binôme élu–industriel (co-présidence du comité)"
            hintText="À cocher seulement pour les territoires dont la personne est aussi membre."
            options={territories.map((territory) => ({
              label: territory.name,
              nativeInputProps: { name: "binomeTerritoryIds", value: territory.id },
            }))}
            {...fieldState(state, "binomeTerritoryIds")}
          />
        </>
      )}
      <Button type="submit" disabled={pending}>
        Envoyer l&apos;invitation
      </Button>
    </form>
  );
}

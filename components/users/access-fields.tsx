"use client";

import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState } from "react";
import { isBinomeCollege, isCommitteeCollege, isRegionalCollege, type College } from "@/lib/auth/permissions";
import { collegeLabels } from "@/lib/users/schemas";
import { fieldState, type FormState } from "@/components/ui/form-state";

export type AccessChoices = {
  colleges: readonly College[];
  territories: { id: string; name: string }[];
  regions: { code: string; name: string }[];
};

export type AccessValues = {
  college: College | "";
  regionCode?: string | null;
  territoryIds?: string[];
  binomeTerritoryIds?: string[];
};

/** College, followed region and committees: shared by the invitation and the access change forms. */
export function AccessFields({
  choices,
  state,
  initial = { college: "" },
}: {
  choices: AccessChoices;
  state: FormState;
  initial?: AccessValues;
}) {
  const [college, setCollege] = useState<College | "">(initial.college);
  const committee = isCommitteeCollege(college);
  const regional = isRegionalCollege(college);
  const territoryOptions = (name: string, checked: string[] = []) =>
    choices.territories.map((territory) => ({
      label: territory.name,
      nativeInputProps: { name, value: territory.id, defaultChecked: checked.includes(territory.id) },
    }));

  return (
    <>
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
        {choices.colleges.map((code) => (
          <option key={code} value={code}>
            {collegeLabels[code]}
          </option>
        ))}
      </Select>
      {regional && (
        <Select
          label="Région suivie"
          nativeSelectProps={{ name: "regionCode", defaultValue: initial.regionCode ?? "" }}
          {...fieldState(state, "regionCode")}
        >
          <option value="" disabled>
            Choisir une région
          </option>
          {choices.regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </Select>
      )}
      {committee && (
        <>
          <Checkbox
            legend={isBinomeCollege(college) ? "Comités de pilotage" : "Territoires suivis"}
            options={territoryOptions("territoryIds", initial.territoryIds)}
            {...fieldState(state, "territoryIds")}
          />
          {isBinomeCollege(college) && (
            <Checkbox
              legend="Binôme élu–industriel (co-présidence du comité)"
              hintText="À cocher seulement pour les territoires dont la personne est aussi membre."
              options={territoryOptions("binomeTerritoryIds", initial.binomeTerritoryIds)}
              {...fieldState(state, "binomeTerritoryIds")}
            />
          )}
        </>
      )}
    </>
  );
}

"use client";

import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { FundingLineFormValues } from "@/lib/actions/form-values";
import { fieldState, invalidProps, type FormState } from "@/components/ui/form-state";
import { RepeatableRows } from "@/components/ui/repeatable-rows";

const emptyLine: FundingLineFormValues = { funderCode: "", amountRequested: "", amountGranted: "" };
const funderFieldId = (key: number) => `financement-${key}-financeur`;

type Props = {
  funders: { code: string; label: string }[];
  initialLines: FundingLineFormValues[];
  state: FormState;
};

export function FundingLinesFieldset({ funders, initialLines, state }: Props) {
  return (
    <RepeatableRows
      initialRows={initialLines}
      emptyRow={emptyLine}
      firstFieldId={funderFieldId}
      rowName={(index) => `Financement ${index + 1}`}
      removeLabel={(index) => `le financement ${index + 1}`}
      emptyText="Aucun financement pour l'instant."
      addLabel="Ajouter un financement"
      listErrors={state.fieldErrors.fundingLines}
    >
      {(row, index) => {
        const name = (field: keyof FundingLineFormValues) => `fundingLines.${index}.${field}`;
        const amount = (field: "amountRequested" | "amountGranted") => ({
          nativeInputProps: {
            name: name(field),
            inputMode: "numeric" as const,
            defaultValue: row[field],
            ...invalidProps(state, name(field)),
          },
          ...fieldState(state, name(field)),
        });
        return (
          <>
            <div className="fr-fieldset__element fr-col-12 fr-col-md-4">
              <Select
                label="Financeur"
                hint="Le type d'organisme"
                nativeSelectProps={{
                  id: funderFieldId(row.key),
                  name: name("funderCode"),
                  defaultValue: row.funderCode,
                  ...invalidProps(state, name("funderCode")),
                }}
                {...fieldState(state, name("funderCode"))}
              >
                <option value="" disabled>
                  Choisir un financeur
                </option>
                {funders.map((funder) => (
                  <option key={funder.code} value={funder.code}>
                    {funder.label}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-fieldset__element fr-col-12 fr-col-md-4">
              <Input
                label="Montant demandé (€)"
                hintText="En euros, par exemple 150000"
                {...amount("amountRequested")}
              />
            </div>
            <div className="fr-fieldset__element fr-col-12 fr-col-md-4">
              <Input
                label="Montant accordé (€)"
                hintText="0 tant que rien n'est accordé"
                {...amount("amountGranted")}
              />
            </div>
          </>
        );
      }}
    </RepeatableRows>
  );
}

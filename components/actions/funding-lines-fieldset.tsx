"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { FundingLineFormValues } from "@/lib/actions/form-values";
import { fieldState, type FormState } from "@/components/ui/form-state";
import { invalidProps } from "./action-form-state";
import { useRows } from "./use-rows";

const emptyLine: FundingLineFormValues = { funderCode: "", amountRequested: "", amountGranted: "" };
const funderFieldId = (key: number) => `financement-${key}-financeur`;

type Props = {
  funders: { code: string; label: string }[];
  initialLines: FundingLineFormValues[];
  state: FormState;
};

export function FundingLinesFieldset({ funders, initialLines, state }: Props) {
  const { rows, addButton, add, remove } = useRows(initialLines, funderFieldId);
  return (
    <>
      {rows.length === 0 && <p className="fr-text--sm">Aucun financement pour l&apos;instant.</p>}
      {rows.map((row, index) => {
        const name = (field: keyof FundingLineFormValues) => `fundingLines.${index}.${field}`;
        return (
          <fieldset key={row.key} className="fr-fieldset fr-mb-2w">
            <legend className="fr-fieldset__legend fr-text--bold">Financement {index + 1}</legend>
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
                nativeInputProps={{
                  name: name("amountRequested"),
                  inputMode: "numeric",
                  defaultValue: row.amountRequested,
                  ...invalidProps(state, name("amountRequested")),
                }}
                {...fieldState(state, name("amountRequested"))}
              />
            </div>
            <div className="fr-fieldset__element fr-col-12 fr-col-md-4">
              <Input
                label="Montant accordé (€)"
                hintText="0 tant que rien n'est accordé"
                nativeInputProps={{
                  name: name("amountGranted"),
                  inputMode: "numeric",
                  defaultValue: row.amountGranted,
                  ...invalidProps(state, name("amountGranted")),
                }}
                {...fieldState(state, name("amountGranted"))}
              />
            </div>
            <div className="fr-fieldset__element">
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => remove(row.key)}
              >
                Retirer<span className="fr-sr-only"> le financement {index + 1}</span>
              </Button>
            </div>
          </fieldset>
        );
      })}
      {state.fieldErrors.fundingLines && <p className="fr-error-text">{state.fieldErrors.fundingLines.join(" ")}</p>}
      <Button
        ref={addButton}
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => add(emptyLine)}
      >
        Ajouter un financement
      </Button>
    </>
  );
}

"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { IndicatorFormValues } from "@/lib/actions/form-values";
import { fieldState, type FormState } from "@/components/ui/form-state";
import { invalidProps } from "./action-form-state";
import { useRows } from "./use-rows";

const emptyIndicator: IndicatorFormValues = { label: "", unit: "", target: "", latestValue: "" };
const labelFieldId = (key: number) => `indicateur-${key}-libelle`;

type Props = { initialIndicators: IndicatorFormValues[]; state: FormState };

export function IndicatorsFieldset({ initialIndicators, state }: Props) {
  const { rows, addButton, add, remove } = useRows(initialIndicators, labelFieldId);
  return (
    <>
      {rows.length === 0 && <p className="fr-text--sm">Aucun indicateur pour l&apos;instant.</p>}
      {rows.map((row, index) => {
        const name = (field: keyof IndicatorFormValues) => `indicators.${index}.${field}`;
        const input = (field: keyof IndicatorFormValues, extra: { id?: string; inputMode?: "decimal" } = {}) => ({
          nativeInputProps: {
            name: name(field),
            defaultValue: row[field],
            ...extra,
            ...invalidProps(state, name(field)),
          },
          ...fieldState(state, name(field)),
        });
        return (
          <fieldset key={row.key} className="fr-fieldset fr-mb-2w">
            <legend className="fr-fieldset__legend fr-text--bold">Indicateur {index + 1}</legend>
            <div className="fr-fieldset__element fr-col-12 fr-col-md-6">
              <Input
                label="Libellé"
                hintText="Par exemple : Personnes formées"
                {...input("label", { id: labelFieldId(row.key) })}
              />
            </div>
            <div className="fr-fieldset__element fr-col-12 fr-col-md-2">
              <Input label="Unité" hintText="Par exemple : personnes" {...input("unit")} />
            </div>
            <div className="fr-fieldset__element fr-col-6 fr-col-md-2">
              <Input label="Cible" hintText="Un nombre" {...input("target", { inputMode: "decimal" })} />
            </div>
            <div className="fr-fieldset__element fr-col-6 fr-col-md-2">
              <Input label="Valeur" hintText="La dernière connue" {...input("latestValue", { inputMode: "decimal" })} />
            </div>
            <div className="fr-fieldset__element">
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => remove(row.key)}
              >
                Retirer<span className="fr-sr-only"> l&apos;indicateur {index + 1}</span>
              </Button>
            </div>
          </fieldset>
        );
      })}
      {state.fieldErrors.indicators && <p className="fr-error-text">{state.fieldErrors.indicators.join(" ")}</p>}
      <Button
        ref={addButton}
        type="button"
        priority="secondary"
        iconId="fr-icon-add-line"
        onClick={() => add(emptyIndicator)}
      >
        Ajouter un indicateur
      </Button>
    </>
  );
}

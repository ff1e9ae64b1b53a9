"use client";

import { Input } from "@codegouvfr/react-dsfr/Input";
import type { IndicatorFormValues } from "@/lib/actions/form-values";
import { fieldState, invalidProps, type FormState } from "@/components/ui/form-state";
import { RepeatableRows } from "@/components/ui/repeatable-rows";

const emptyIndicator: IndicatorFormValues = { label: "", unit: "", target: "", latestValue: "" };
const labelFieldId = (key: number) => `indicateur-${key}-libelle`;

type Props = { initialIndicators: IndicatorFormValues[]; state: FormState };

export function IndicatorsFieldset({ initialIndicators, state }: Props) {
  return (
    <RepeatableRows
      initialRows={initialIndicators}
      emptyRow={emptyIndicator}
      firstFieldId={labelFieldId}
      rowName={(index) => `Indicateur ${index + 1}`}
      removeLabel={(index) => `l'indicateur ${index + 1}`}
      emptyText="Aucun indicateur pour l'instant."
      addLabel="Ajouter un indicateur"
      listErrors={state.fieldErrors.indicators}
    >
      {(row, index) => {
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
          <>
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
          </>
        );
      }}
    </RepeatableRows>
  );
}

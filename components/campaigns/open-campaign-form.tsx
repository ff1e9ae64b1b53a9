"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { openCampaign } from "@/lib/campaigns/mutations";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formDataToObject } from "@/components/ui/form-data";
import { failureState, fieldState, initialFormState, type FormState } from "@/components/ui/form-state";

const fieldLabels: Record<string, string> = {
  name: "Nom de la campagne",
  asOf: "Chiffres arrêtés au",
  deadline: "Échéance",
  territoryIds: "Territoires concernés",
};

type OpenState = FormState & { campaignUrl?: string };
const initialOpenState: OpenState = initialFormState;

type Props = { territories: { id: string; name: string }[]; defaultAsOf: string; defaultDeadline: string };

/** Open a follow-up campaign: name, as-of date, deadline, territories (all of the region by default). */
export function OpenCampaignForm({ territories, defaultAsOf, defaultDeadline }: Props) {
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const [state, formAction, pending] = useActionState(
    async (_previous: OpenState, formData: FormData): Promise<OpenState> => {
      const result = await openCampaign(formDataToObject(formData, ["territoryIds"]));
      if (!result.ok) return failureState(result);
      return { status: "success", fieldErrors: {}, campaignUrl: `/campagnes/${result.data.campaignId}` };
    },
    initialOpenState,
  );
  useEffect(() => {
    if (state.campaignUrl) router.push(state.campaignUrl);
  }, [state.campaignUrl, router]);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  const territoryError = state.fieldErrors.territoryIds?.join(" ");
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
      <Input
        label="Nom de la campagne"
        hintText="Par exemple « Bilan semestriel S1 2027 »"
        nativeInputProps={{ name: "name", required: true, maxLength: 150 }}
        {...fieldState(state, "name")}
      />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Chiffres arrêtés au"
            hintText="Le bilan décrit le plan d'action tel qu'il était ce jour-là. Format attendu : JJ/MM/AAAA"
            nativeInputProps={{ name: "asOf", type: "date", defaultValue: defaultAsOf, required: true }}
            {...fieldState(state, "asOf")}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label="Échéance"
            hintText="Date à laquelle les bilans sont attendus. Format attendu : JJ/MM/AAAA"
            nativeInputProps={{ name: "deadline", type: "date", defaultValue: defaultDeadline, required: true }}
            {...fieldState(state, "deadline")}
          />
        </div>
      </div>
      <Checkbox
        legend="Territoires concernés"
        hintText="Les territoires de votre région sont cochés ; retirez ceux qui ne sont pas concernés."
        state={territoryError ? "error" : "default"}
        stateRelatedMessage={territoryError}
        options={territories.map((territory) => ({
          label: territory.name,
          nativeInputProps: { name: "territoryIds", value: territory.id, defaultChecked: true },
        }))}
      />
      <Button type="submit" disabled={pending}>
        Ouvrir la campagne
      </Button>
    </form>
  );
}

"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { MutationResult } from "@/lib/auth/safe-action";
import { amendMinutes, compileMinutes, reviewMinutes, validateMinutes } from "@/lib/meetings/minutes-mutations";
import { FormStateAlert } from "@/components/ui/form-state-alert";
import { fieldState, initialFormState, toFormState, type FormState } from "@/components/ui/form-state";

/** Compiles the relevé from the séance as recorded (again, while it is not validated). */
export function CompileMinutesForm({
  meetingId,
  version,
  again,
}: {
  meetingId: string;
  version: number;
  again: boolean;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (): Promise<FormState> => {
    const result = await compileMinutes({ meetingId, version });
    if (result.ok) router.refresh();
    return toFormState(result, "Relevé de décisions établi : le binôme peut le valider.");
  }, initialFormState);
  return (
    <form action={formAction} className="fr-mb-2w">
      <FormStateAlert state={state} />
      {again && (
        <p id={`compile-hint-${meetingId}`} className="fr-text--sm fr-mb-1w">
          L&apos;établir à nouveau reprend la séance telle qu&apos;elle est enregistrée et annule les validations déjà
          données.
        </p>
      )}
      <Button
        type="submit"
        priority={again ? "secondary" : "primary"}
        disabled={pending}
        nativeButtonProps={again ? { "aria-describedby": `compile-hint-${meetingId}` } : undefined}
      >
        {again ? "Établir à nouveau le relevé" : "Établir le relevé de décisions"}
      </Button>
    </form>
  );
}

/** The binôme's validation, for the user's college; the second one locks the relevé. */
export function ValidateMinutesForm({ meetingId, minutesVersion }: { meetingId: string; minutesVersion: number }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (): Promise<FormState> => {
    const result = await validateMinutes({ meetingId, minutesVersion });
    if (result.ok) router.refresh();
    return toFormState(
      result,
      result.ok && result.data.locked
        ? "Relevé validé : il est désormais verrouillé."
        : "Validation enregistrée : le relevé attend la seconde validation du binôme.",
    );
  }, initialFormState);
  return (
    <form action={formAction} className="fr-mb-2w">
      <FormStateAlert state={state} />
      <p id={`validate-hint-${meetingId}`} className="fr-text--sm fr-mb-1w">
        Une fois validé par l&apos;élu·e et l&apos;industriel·le du binôme, le relevé est verrouillé : il ne pourra plus
        qu&apos;être complété par un rectificatif.
      </p>
      <Button
        type="submit"
        iconId="fr-icon-check-line"
        disabled={pending}
        nativeButtonProps={{ "aria-describedby": `validate-hint-${meetingId}` }}
      >
        Valider le relevé
      </Button>
    </form>
  );
}

const textForms = {
  review: {
    label: "Avis sur le relevé",
    hint: "L'avis formel de votre institution, publié avec le relevé. Il ne peut plus être ajouté une fois le relevé validé.",
    submit: "Ajouter l'avis",
    success: "Avis ajouté au relevé.",
    mutation: reviewMinutes,
  },
  amend: {
    label: "Rectificatif",
    hint: "Le relevé validé reste tel quel ; le rectificatif, daté, s'affiche à sa suite.",
    submit: "Ajouter le rectificatif",
    success: "Rectificatif ajouté au relevé.",
    mutation: amendMinutes,
  },
} as const;

/** An avis (Région, État) before the lock, or a rectificatif after it. */
export function MinutesTextForm({
  kind,
  meetingId,
  minutesVersion,
}: {
  kind: keyof typeof textForms;
  meetingId: string;
  minutesVersion: number;
}) {
  const router = useRouter();
  const form = textForms[kind];
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, formData: FormData): Promise<FormState> => {
      const result: MutationResult<unknown> = await form.mutation({
        meetingId,
        minutesVersion,
        text: formData.get("text"),
      });
      if (result.ok) router.refresh();
      return toFormState(result, form.success);
    },
    initialFormState,
  );
  return (
    <form action={formAction} noValidate className="fr-mb-2w">
      <FormStateAlert state={state} />
      <Input
        textArea
        label={form.label}
        hintText={form.hint}
        nativeTextAreaProps={{ name: "text", rows: 3 }}
        {...fieldState(state, "text")}
      />
      <Button type="submit" priority="secondary" disabled={pending}>
        {form.submit}
      </Button>
    </form>
  );
}

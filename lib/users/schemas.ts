import { text, uuid } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { passwordSchema } from "@/lib/auth/password-policy";
import { colleges, isBinomeCollege, isCommitteeCollege, isRegionalCollege } from "@/lib/auth/permissions";

export const collegeLabels = {
  ELU: "Élu·e",
  INDUSTRIEL: "Industriel·le",
  CHEF_DE_PROJET: "Chef·fe de projet",
  REGION: "Région",
  ETAT: "État",
  ADMIN: "Administrateur",
} as const;

/** Checkboxes and multi-selects arrive as a string, an array, or nothing. */
const idList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(uuid).max(200, { message: "Choisissez au plus 200 territoires." }),
);

export const EMAIL_MESSAGE = "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.";

/** Lower-cased: accounts are found by email whatever the case it is typed in. */
export const emailAddress = z
  .string({ message: EMAIL_MESSAGE })
  .trim()
  .max(254, { message: EMAIL_MESSAGE })
  .pipe(z.email({ message: EMAIL_MESSAGE }))
  .transform((email) => email.toLowerCase());

/** A one-time link's token (base64url, 43 characters for 256 bits). */
function oneTimeToken(message: string) {
  return z.string({ message }).regex(/^[A-Za-z0-9_-]{20,100}$/, { message });
}

export const userAccessInput = z
  .object({
    college: z.enum(colleges, { message: "Choisissez un collège." }),
    regionCode: z
      .preprocess(
        (value) => (value === "" || value === null ? undefined : value),
        z
          .string({ message: "Choisissez la région suivie." })
          .regex(/^\d{2,3}$/, { message: "Choisissez la région suivie dans la liste." })
          .optional(),
      )
      .transform((value) => value || undefined),
    territoryIds: idList,
    binomeTerritoryIds: idList,
  })
  .superRefine((input, context) => {
    if (isRegionalCollege(input.college) && !input.regionCode) {
      context.addIssue({ code: "custom", path: ["regionCode"], message: "Choisissez la région suivie." });
    }
    if (isCommitteeCollege(input.college) && input.territoryIds.length === 0) {
      context.addIssue({ code: "custom", path: ["territoryIds"], message: "Choisissez au moins un territoire." });
    }
    if (input.binomeTerritoryIds.length > 0 && !isBinomeCollege(input.college)) {
      context.addIssue({
        code: "custom",
        path: ["binomeTerritoryIds"],
        message: "Seuls un·e élu·e et un·e industriel·le forment le binôme d'un territoire.",
      });
    }
    if (input.binomeTerritoryIds.some((id) => !input.territoryIds.includes(id))) {
      context.addIssue({
        code: "custom",
        path: ["binomeTerritoryIds"],
        message: "Le binôme ne peut concerner qu'un territoire dont la personne est membre.",
      });
    }
  })
  // A college decides the kind of scope: élus, industriels and chefs de projet serve territories,
  // Région and État follow a region, the administrator needs neither.
  .transform((input) => ({
    college: input.college,
    regionCode: isRegionalCollege(input.college) ? (input.regionCode ?? null) : null,
    territoryIds: isCommitteeCollege(input.college) ? input.territoryIds : [],
    binomeTerritoryIds: isCommitteeCollege(input.college) ? input.binomeTerritoryIds : [],
  }));
export type UserAccessInput = z.output<typeof userAccessInput>;

export const inviteUserInput = z
  .object({
    email: emailAddress,
    name: text({
      min: 2,
      max: 120,
      requiredMessage: "Saisissez le prénom et le nom.",
      tooShortMessage: "Saisissez le prénom et le nom.",
      tooLongMessage: "Le nom ne peut pas dépasser 120 caractères.",
    }),
    organisation: text({
      min: 2,
      max: 160,
      requiredMessage: "Saisissez l'organisation, par exemple « Préfecture de l'Orne ».",
      tooShortMessage: "Saisissez l'organisation, par exemple « Préfecture de l'Orne ».",
      tooLongMessage: "L'organisation ne peut pas dépasser 160 caractères.",
    }),
  })
  .and(userAccessInput);
export type InviteUserInput = z.output<typeof inviteUserInput>;

export const updateUserAccessInput = z.object({ userId: uuid }).and(userAccessInput);
export type UpdateUserAccessInput = z.output<typeof updateUserAccessInput>;

export const resendInvitationInput = z.object({ userId: uuid });
export type ResendInvitationInput = z.output<typeof resendInvitationInput>;

export const setUserDisabledInput = z.object({
  userId: uuid,
  disabled: z.preprocess(
    (value) => (value === "true" ? true : value === "false" ? false : value),
    z.boolean({ message: "Indiquez s'il faut désactiver (true) ou réactiver (false) le compte." }),
  ),
});

const newPasswordShape = {
  newPassword: passwordSchema,
  confirmation: z.string({ message: "Confirmez le mot de passe." }).max(1000),
};
const passwordsMatch = {
  check: (input: { newPassword: string; confirmation: string }) => input.newPassword === input.confirmation,
  issue: { path: ["confirmation"], message: "Les deux mots de passe ne sont pas identiques." },
};

export const acceptInvitationInput = z
  .object({ token: oneTimeToken("Lien d'invitation invalide."), ...newPasswordShape })
  .refine(passwordsMatch.check, passwordsMatch.issue);
export type AcceptInvitationInput = z.output<typeof acceptInvitationInput>;

export const changePasswordInput = z
  .object({
    currentPassword: z
      .string({ message: "Saisissez votre mot de passe actuel." })
      .min(1, { message: "Saisissez votre mot de passe actuel." })
      .max(1000, { message: "Le mot de passe actuel est incorrect." }),
    ...newPasswordShape,
  })
  .refine(passwordsMatch.check, passwordsMatch.issue);
export type ChangePasswordInput = z.output<typeof changePasswordInput>;

export const requestPasswordResetInput = z.object({ email: emailAddress });
export type RequestPasswordResetInput = z.output<typeof requestPasswordResetInput>;

export const resetPasswordInput = z
  .object({ token: oneTimeToken("Lien de réinitialisation invalide."), ...newPasswordShape })
  .refine(passwordsMatch.check, passwordsMatch.issue);
export type ResetPasswordInput = z.output<typeof resetPasswordInput>;

/** The territories a Région or État officer is the contact for: the whole set, replaced at once. */
export const CONTACT_OUTSIDE_REGION_MESSAGE =
  "Cochez seulement des territoires de la région suivie par cette personne, dans la liste proposée.";
export const setTerritoryContactsInput = z.object({ userId: uuid, territoryIds: idList });
export type SetTerritoryContactsInput = z.output<typeof setTerritoryContactsInput>;

import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";
import { colleges } from "@/lib/auth/permissions";

export const collegeLabels = {
  ELU: "Élu·e",
  INDUSTRIEL: "Industriel·le",
  REGION: "Région",
  ETAT: "État",
  ADMIN: "Administrateur",
} as const;

const uuid = z.uuid({ message: "Identifiant invalide." });

/** Checkboxes and multi-selects arrive as a string, an array, or nothing. */
const idList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(uuid),
);

const regionalCollege = (college: string) => college === "REGION" || college === "ETAT";
const committeeCollege = (college: string) => college === "ELU" || college === "INDUSTRIEL";

export const userAccessInput = z
  .object({
    college: z.enum(colleges, { message: "Choisissez un collège." }),
    regionCode: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined),
    territoryIds: idList,
    binomeTerritoryIds: idList,
  })
  .superRefine((input, context) => {
    if (regionalCollege(input.college) && !input.regionCode) {
      context.addIssue({ code: "custom", path: ["regionCode"], message: "Choisissez la région suivie." });
    }
    if (committeeCollege(input.college) && input.territoryIds.length === 0) {
      context.addIssue({ code: "custom", path: ["territoryIds"], message: "Choisissez au moins un territoire." });
    }
    if (input.binomeTerritoryIds.some((id) => !input.territoryIds.includes(id))) {
      context.addIssue({
        code: "custom",
        path: ["binomeTerritoryIds"],
        message: "Le binôme ne peut concerner qu'un territoire dont la personne est membre.",
      });
    }
  })
  // A college decides the kind of scope: élus and industriels sit on committees, Région and État
  // follow a region, the administrator needs neither.
  .transform((input) => ({
    college: input.college,
    regionCode: regionalCollege(input.college) ? (input.regionCode ?? null) : null,
    territoryIds: committeeCollege(input.college) ? input.territoryIds : [],
    binomeTerritoryIds: committeeCollege(input.college) ? input.binomeTerritoryIds : [],
  }));
export type UserAccessInput = z.output<typeof userAccessInput>;

export const inviteUserInput = z
  .object({
    email: z.email({ message: "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr." }).trim(),
    name: z.string().trim().min(2, { message: "Saisissez le prénom et le nom." }).max(120),
    organisation: z
      .string()
      .trim()
      .min(2, { message: "Saisissez l'organisation, par exemple « Préfecture de l'Orne »." })
      .max(160),
  })
  .and(userAccessInput);
export type InviteUserInput = z.output<typeof inviteUserInput>;

export const updateUserAccessInput = z.object({ userId: uuid }).and(userAccessInput);
export type UpdateUserAccessInput = z.output<typeof updateUserAccessInput>;

export const setUserDisabledInput = z.object({
  userId: uuid,
  disabled: z.preprocess((value) => value === true || value === "true", z.boolean()),
});

const newPasswordShape = { newPassword: passwordSchema, confirmation: z.string() };
const passwordsMatch = {
  check: (input: { newPassword: string; confirmation: string }) => input.newPassword === input.confirmation,
  issue: { path: ["confirmation"], message: "Les deux mots de passe ne sont pas identiques." },
};

export const acceptInvitationInput = z
  .object({ token: z.string().min(20, { message: "Lien d'invitation invalide." }), ...newPasswordShape })
  .refine(passwordsMatch.check, passwordsMatch.issue);
export type AcceptInvitationInput = z.output<typeof acceptInvitationInput>;

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, { message: "Saisissez votre mot de passe actuel." }),
    ...newPasswordShape,
  })
  .refine(passwordsMatch.check, passwordsMatch.issue);
export type ChangePasswordInput = z.output<typeof changePasswordInput>;

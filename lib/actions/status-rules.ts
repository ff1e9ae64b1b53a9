// What a status says about progress. Statuses are data (the ActionStatus table), but two of them
// carry a meaning the figures rely on: an action "À venir" has not started, an action "Réalisée" is
// complete. A status without a rule here (a new one the programme adds) takes any progress.
// Client-safe: the forms, the API and the import refuse the same incoherences with the same words.

export const NOT_STARTED_STATUS = "A_VENIR";
export const DONE_STATUS = "REALISEE";
/** The status that counts as "blocked" in the tiles, the vigilance list and the séance agenda. */
export const BLOCKED_STATUS = "BLOQUEE";

export type StateIssue = { path: "progress" | "statusCode"; message: string };

/** The incoherences between a progress and a status, each on the field to correct. */
export function progressStatusIssues(progress: number, statusCode: string): StateIssue[] {
  if (statusCode === DONE_STATUS && progress !== 100) {
    return [
      {
        path: "progress",
        message: "Une action réalisée est à 100 % : saisissez 100 % ou choisissez un autre statut.",
      },
    ];
  }
  if (progress === 100 && statusCode !== DONE_STATUS) {
    return [{ path: "statusCode", message: "À 100 %, l'action est réalisée : choisissez le statut « Réalisée »." }];
  }
  if (statusCode === NOT_STARTED_STATUS && progress !== 0) {
    return [
      {
        path: "progress",
        message: "Une action à venir n'a pas commencé : son avancement est de 0 %, ou choisissez « En cours ».",
      },
    ];
  }
  return [];
}

/** A form's overall outcome, announced to screen readers when it appears (DSFR small alert). */
export function FormAlert({ status, message, id }: { status: "error" | "success"; message?: string; id?: string }) {
  if (!message) return null;
  return (
    <div
      id={id}
      role={status === "error" ? "alert" : "status"}
      className={`fr-alert fr-alert--${status} fr-alert--sm fr-mb-3w`}
    >
      <p>{message}</p>
    </div>
  );
}

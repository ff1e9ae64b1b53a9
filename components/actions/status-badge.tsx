import { Badge, type BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import { LATE_STATUS_LABEL } from "@/lib/actions/schemas";

// DSFR badge severities per status (PRODUCT.md): À venir and Abandonnée stay neutral grey. The
// label is always written, so that no status is told by colour alone.
const severities: Record<string, BadgeProps["severity"]> = {
  REALISEE: "success",
  EN_COURS: "info",
  BLOQUEE: "error",
};

// "En pause" takes an illustrative colour without an icon: the warning (and its icon) is "En retard".
const illustrativeClasses: Record<string, string> = { EN_PAUSE: "fr-badge--yellow-tournesol" };

export function StatusBadge({ code, label }: { code: string; label: string }) {
  return (
    <Badge
      as="span"
      small
      severity={severities[code]}
      noIcon={!severities[code]}
      className={["fr-mr-1v", illustrativeClasses[code]].filter(Boolean).join(" ")}
    >
      {label}
    </Badge>
  );
}

export function LateBadge() {
  return (
    <Badge as="span" small severity="warning">
      {LATE_STATUS_LABEL}
    </Badge>
  );
}

/** The stored status, and the derived "En retard" next to it when the planned end has passed. */
export function StatusBadges({ code, label, isLate }: { code: string; label: string; isLate: boolean }) {
  return (
    <>
      <StatusBadge code={code} label={label} />
      {isLate && <LateBadge />}
    </>
  );
}

import type { ReactNode } from "react";
import type { ActionView } from "@/lib/actions/view";
import { carrierCollegeLabels } from "@/lib/actions/schemas";
import { dayToDate } from "@/lib/dates";
import { formatDate, formatEuros } from "@/lib/format";
import { ProgressBar } from "./progress-bar";
import { StatusBadges } from "./status-badge";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fr-grid-row fr-py-1w" style={{ borderBottom: "1px solid var(--border-default-grey)" }}>
      <dt className="fr-col-12 fr-col-md-4 fr-text--bold">{term}</dt>
      <dd className="fr-col-12 fr-col-md-8" style={{ margin: 0 }}>
        {children}
      </dd>
    </div>
  );
}

const day = (value: string | null) => (value ? formatDate(dayToDate(value)) : "Non renseignée");

/** The identity card of an action: where it sits in the plan, where it stands, who carries it. */
export function ActionSummary({ action }: { action: ActionView }) {
  const college = carrierCollegeLabels[action.carrierCollege as keyof typeof carrierCollegeLabels];
  return (
    <dl className="fr-mb-6w">
      <Row term="Territoire">{action.territory.name}</Row>
      <Row term="Levier">
        {action.lever.label}
        {action.subTheme && <span className="fr-hint-text">Sous-thème : {action.subTheme.label}</span>}
      </Row>
      <Row term="Statut">
        <StatusBadges code={action.status.code} label={action.status.label} isLate={action.isLate} />
      </Row>
      <Row term="Avancement">
        <ProgressBar value={action.progress} />
      </Row>
      <Row term="Début prévu">{day(action.plannedStartDate)}</Row>
      <Row term="Fin prévue">{day(action.plannedEndDate)}</Row>
      <Row term="Porteur">
        {action.carrierOrganisation}
        {college && <span className="fr-hint-text">Collège : {college}</span>}
      </Row>
      <Row term="Personne contact du porteur">
        {action.carrierContact
          ? `${action.carrierContact.name} (${action.carrierContact.organisation})`
          : "Aucune personne désignée"}
      </Row>
      <Row term="Pilotes">
        {action.pilots.length === 0
          ? "Aucun pilote désigné"
          : action.pilots
              .map((pilot) => `${pilot.name} (${pilot.organisation})`)
              .sort((a, b) => a.localeCompare(b, "fr"))
              .join(", ")}
      </Row>
      <Row term="Partenaires">{action.partners || "Aucun partenaire renseigné"}</Row>
      <Row term="Budget prévisionnel">
        {action.plannedBudget === null ? "Non renseigné" : formatEuros(action.plannedBudget)}
      </Row>
    </dl>
  );
}

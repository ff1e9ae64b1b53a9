import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import Link from "next/link";
import type { DecisionLog } from "@/lib/meetings/decision-log";
import { decisionStateLabels, decisionStates } from "@/lib/meetings/decision-state";
import { meetingKindLabels } from "@/lib/meetings/schemas";
import { formatDate } from "@/lib/format";

/** A plain GET form: the filters land in the URL, so that the filtered log can be shared and exported as shown. */
export function DecisionLogFiltersForm({ log, action }: { log: DecisionLog; action: string }) {
  const { filters, options } = log;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <form method="get" action={action} aria-labelledby="filtres-decisions-titre" className="fr-mb-4w">
      <h2 id="filtres-decisions-titre" className="fr-h6 fr-mb-2w">
        Filtrer les décisions
      </h2>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select label="État" nativeSelectProps={{ name: "state", defaultValue: filters.state ?? "" }}>
            <option value="">Tous les états</option>
            {decisionStates.map((state) => (
              <option key={state} value={state}>
                {state === "open" ? "En cours (retards compris)" : decisionStateLabels[state]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select
            label="Responsable"
            nativeSelectProps={{ name: "responsable", defaultValue: filters.responsible ?? "" }}
          >
            <option value="">Toutes les personnes</option>
            {options.responsibles.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select label="Séance" nativeSelectProps={{ name: "seance", defaultValue: filters.meeting ?? "" }}>
            <option value="">Toutes les séances</option>
            {options.meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meetingKindLabels[meeting.kind]} du {formatDate(meeting.startsAt)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-col-lg-3">
          <Select label="Action" nativeSelectProps={{ name: "action", defaultValue: filters.action ?? "" }}>
            <option value="">Toutes les actions</option>
            {options.actions.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12">
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <Button type="submit">Filtrer</Button>
            </li>
            {filtered && (
              <li>
                <Link href={action} className="fr-btn fr-btn--secondary">
                  Effacer les filtres
                </Link>
              </li>
            )}
          </ul>
        </div>
      </div>
    </form>
  );
}

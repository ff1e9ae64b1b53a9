import Link from "next/link";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { TerritoryGovernance } from "@/lib/dashboard/types";
import { formatDate, formatDateTime, formatInteger } from "@/lib/format";
import { meetingKindLabels } from "@/lib/meetings/schemas";

/** The committee's rhythm on the dashboard: the next séance, the last one, the decisions followed up. */
export function CommitteeFollowUp({
  slug,
  governance,
  asOf,
}: {
  slug: string;
  governance: TerritoryGovernance;
  asOf: string;
}) {
  const definitions = figureDefinitions(asOf);
  const next = governance.nextMeeting;
  return (
    <section aria-labelledby="suivi-comite-titre" className="fr-mb-6w">
      <h2 id="suivi-comite-titre">Suivi du comité</h2>
      <ul>
        <li>
          Prochaine séance :{" "}
          {next ? (
            <Link href={`/territoires/${slug}/seances/${next.id}`} className="fr-link">
              {meetingKindLabels[next.kind]} du {formatDateTime(next.startsAt)}
            </Link>
          ) : (
            "aucune séance planifiée"
          )}
        </li>
        <li>
          Dernière séance : {governance.lastMeetingAt ? formatDate(governance.lastMeetingAt) : "aucune séance"}
          <p className="fr-text--xs ti-definition fr-mb-0">{definitions.lastMeeting}</p>
        </li>
        <li>
          Décisions en cours : {formatInteger(governance.openDecisionCount)}
          <p className="fr-text--xs ti-definition fr-mb-0">{definitions.openDecisions}</p>
        </li>
        <li>
          Décisions en retard : {formatInteger(governance.overdueDecisionCount)}
          <p className="fr-text--xs ti-definition fr-mb-0">{definitions.overdueDecisions}</p>
        </li>
        <li>
          Relevés à valider : {formatInteger(governance.awaitingMinutesCount)}
          <p className="fr-text--xs ti-definition fr-mb-0">{definitions.awaitingMinutes}</p>
        </li>
      </ul>
    </section>
  );
}

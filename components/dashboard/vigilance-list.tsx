import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { vigilanceReason } from "@/components/dashboard/labels";
import { formatPercent } from "@/lib/format";
import { figureDefinitions } from "@/lib/dashboard/definitions";
import type { VigilanceItem } from "@/lib/dashboard/types";

/** Late and blocked actions, each with its reason written out and a link to the action. */
export function VigilanceList({ slug, items, asOf }: { slug: string; items: VigilanceItem[]; asOf: string }) {
  return (
    <section aria-labelledby="vigilance-titre" className="fr-mb-6w ti-vigilance">
      <h2 id="vigilance-titre">Points de vigilance</h2>
      <p className="fr-text--xs ti-definition">{figureDefinitions(asOf).vigilance}</p>
      {items.length === 0 ? (
        <p>Aucune action en retard ni bloquée.</p>
      ) : (
        <ul className="fr-raw-list">
          {items.map((item) => (
            <li key={item.actionId} className="fr-mb-2w">
              <Link href={`/territoires/${slug}/actions/${item.actionId}`} className="fr-link">
                {item.title}
              </Link>
              <p className="fr-mb-0 fr-text--sm">
                <Badge as="span" small severity={item.reason === "late" ? "warning" : "error"} className="fr-mr-1w">
                  {vigilanceReason(item)}
                </Badge>
                {item.leverLabel} · statut : {item.statusLabel} · avancement : {formatPercent(item.progress)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionLogFiltersForm } from "@/components/meetings/decision-log-filters-form";
import { DecisionLogTable } from "@/components/meetings/decision-log-table";
import { PageBreadcrumb } from "@/components/ui/page-breadcrumb";
import { requireSessionUser } from "@/lib/auth/session";
import { listDecisionLog } from "@/lib/meetings/decision-log";
import { decisionLogFiltersFromPage, decisionLogPageQuery } from "@/lib/meetings/decision-log-filters";
import { formatInteger } from "@/lib/format";
import { findTerritoryAccess } from "@/lib/territories/access";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireSessionUser();
  const territory = await findTerritoryAccess(user, (await params).slug);
  return { title: territory ? `Suivi des décisions - ${territory.name}` : "Territoire introuvable" };
}

export default async function DecisionLogPage({ params, searchParams }: Props) {
  const user = await requireSessionUser();
  const filters = decisionLogFiltersFromPage(await searchParams);
  const log = await listDecisionLog(user, (await params).slug, filters);
  if (!log) notFound();
  const { territory, entries, count } = log;
  const base = `/territoires/${territory.slug}/decisions`;
  const exportHref = (format: "csv" | "xlsx") => {
    const query = decisionLogPageQuery(filters);
    query.set("format", format);
    return `${base}/export?${query}`;
  };
  return (
    <>
      <PageBreadcrumb
        currentPageLabel="Suivi des décisions"
        segments={[
          { label: territory.name, linkProps: { href: `/territoires/${territory.slug}` } },
          { label: "Séances", linkProps: { href: `/territoires/${territory.slug}/seances` } },
        ]}
      />
      <h1>Suivi des décisions</h1>
      <p>
        Territoire d&apos;industrie {territory.name}. Une décision est en retard quand son échéance est passée sans
        qu&apos;elle soit soldée ; elle compte aussi parmi les décisions en cours.
      </p>
      <DecisionLogFiltersForm log={log} action={base} />
      <p role="status" className="fr-text--lg">
        {count === 1 ? "1 décision" : `${formatInteger(count)} décisions`}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-download-line" href={exportHref("csv")} prefetch={false}>
            Exporter en CSV
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-download-line" href={exportHref("xlsx")} prefetch={false}>
            Exporter en Excel (XLSX)
          </Link>
        </li>
      </ul>
      {entries.length === 0 ? (
        <p>Aucune décision ne correspond à ces filtres.</p>
      ) : (
        <DecisionLogTable entries={entries} territorySlug={territory.slug} />
      )}
    </>
  );
}

import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditLogFiltersForm } from "@/components/audit/audit-log-filters";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { auditLogQuery, hasAuditLogFilters, parseAuditLogFilters } from "@/lib/audit/filters";
import { listAuditLog, listAuditLogFilterOptions } from "@/lib/audit/queries";
import { canAtAll, permissionTable } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Journal" };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/journal">) {
  const user = await requireSessionUser();
  if (!canAtAll(user, "audit.read")) notFound();
  const filters = parseAuditLogFilters(await searchParams);
  const [log, options] = await Promise.all([listAuditLog(user, filters), listAuditLogFilterOptions(user)]);
  const query = auditLogQuery(filters);
  const regional = permissionTable[user.college]["audit.read"] === "region";
  return (
    <>
      <h1>Journal</h1>
      <p>
        Chaque création, modification, point d&apos;avancement et archivage d&apos;une action, et chaque changement de
        droits d&apos;un compte (invitation, accès, désactivation, mot de passe)
        {regional ? " des territoires de votre région et des comptes que vous gérez" : ""}, avec son auteur. Le journal
        ne peut être ni modifié ni effacé.
      </p>
      <AuditLogFiltersForm filters={filters} options={options} />
      {log.total === 0 ? (
        <p>
          {hasAuditLogFilters(filters)
            ? "Aucun événement ne correspond à ces filtres."
            : "Aucun événement pour le moment."}
        </p>
      ) : log.items.length === 0 ? (
        <p>
          Cette page n&apos;existe plus. <Link href={`/admin/journal${query}`}>Revenir à la première page</Link>
        </p>
      ) : (
        <>
          <p>
            <a
              className="fr-link fr-icon-download-line fr-link--icon-left"
              href={`/admin/journal/export${query}`}
              download
            >
              Exporter ce journal (CSV)
            </a>
          </p>
          <AuditLogTable entries={log.items} total={log.total} />
          {log.pageCount > 1 && (
            <Pagination
              className="fr-mt-2w"
              count={log.pageCount}
              defaultPage={log.page}
              getPageLinkProps={(page) => ({
                href: `/admin/journal${auditLogQuery({ ...filters, page }, { withPage: true })}`,
              })}
            />
          )}
        </>
      )}
    </>
  );
}

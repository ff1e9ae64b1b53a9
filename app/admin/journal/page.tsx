import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { canAtAll, permissionTable } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listAuditLog } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "Journal" };

const pageParam = z.coerce.number().int().min(1).catch(1);

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSessionUser();
  if (!canAtAll(user, "audit.read")) notFound();
  const log = await listAuditLog(user, { page: pageParam.parse((await searchParams).page) });
  return (
    <>
      <h1>Journal</h1>
      <p>
        Chaque création, modification, point d&apos;avancement et archivage d&apos;une action
        {permissionTable[user.college]["audit.read"] === "region" ? " des territoires de votre région" : ""}, avec son
        auteur. Le journal ne peut être ni modifié ni effacé.
      </p>
      {log.total === 0 ? (
        <p>Aucun événement pour le moment.</p>
      ) : log.items.length === 0 ? (
        <p>
          Cette page n&apos;existe plus. <Link href="/admin/journal">Revenir à la première page</Link>
        </p>
      ) : (
        <>
          <AuditLogTable entries={log.items} total={log.total} />
          {log.pageCount > 1 && (
            <Pagination
              className="fr-mt-2w"
              count={log.pageCount}
              defaultPage={log.page}
              getPageLinkProps={(page) => ({ href: page === 1 ? "/admin/journal" : `/admin/journal?page=${page}` })}
            />
          )}
        </>
      )}
    </>
  );
}

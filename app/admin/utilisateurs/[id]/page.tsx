import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditAccessForm } from "@/components/users/edit-access-form";
import { assignableColleges } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listTerritoryChoices } from "@/lib/territories/queries";
import { getManagedUserAccess, listAssignableRegions } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Modifier un accès" };

export default async function EditUserAccessPage({ params }: PageProps<"/admin/utilisateurs/[id]">) {
  const manager = await requireSessionUser();
  const { id } = await params;
  const account = /^[0-9a-f-]{36}$/i.test(id) ? await getManagedUserAccess(manager, id) : null;
  if (!account) notFound();
  const [territories, regions] = await Promise.all([listTerritoryChoices(manager), listAssignableRegions(manager)]);
  return (
    <>
      <h1>Modifier l&apos;accès de {account.name}</h1>
      <p>
        {account.email}. Le changement s&apos;applique immédiatement : les sessions ouvertes de cette personne sont
        fermées.
      </p>
      <EditAccessForm
        account={account}
        choices={{ colleges: assignableColleges[manager.college], territories, regions }}
      />
    </>
  );
}

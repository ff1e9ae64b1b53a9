import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { UserTable } from "@/components/users/user-table";
import { assignableColleges, canAtAll } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listTerritoryChoices } from "@/lib/territories/queries";
import { listAssignableRegions, listManagedUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Utilisateurs" };

export default async function UsersPage() {
  const user = await requireSessionUser();
  if (!canAtAll(user, "user.manage")) notFound();
  const [users, territories, regions] = await Promise.all([
    listManagedUsers(user),
    listTerritoryChoices(user),
    listAssignableRegions(user),
  ]);
  return (
    <>
      <h1>Utilisateurs</h1>
      <UserTable users={users} currentUserId={user.id} canInvite={canAtAll(user, "user.invite")} />
      <section aria-labelledby="inviter-titre" className="fr-mt-6w">
        <h2 id="inviter-titre">Inviter une personne</h2>
        <p>
          La personne reçoit un lien, valable 72 heures et utilisable une seule fois, pour choisir son mot de passe.
        </p>
        <InviteUserForm colleges={assignableColleges[user.college]} territories={territories} regions={regions} />
      </section>
    </>
  );
}

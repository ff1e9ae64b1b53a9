import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditAccessForm } from "@/components/users/edit-access-form";
import { TerritoryContactsForm } from "@/components/users/territory-contacts-form";
import { assignableColleges } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listTerritoryChoices } from "@/lib/territories/queries";
import { getManagedUserAccess, listAssignableRegions, listContactChoices } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Modifier un accès" };

export default async function EditUserAccessPage({ params }: PageProps<"/admin/utilisateurs/[id]">) {
  const manager = await requireSessionUser();
  const { id } = await params;
  const account = /^[0-9a-f-]{36}$/i.test(id) ? await getManagedUserAccess(manager, id) : null;
  if (!account) notFound();
  const [territories, regions, contactChoices] = await Promise.all([
    listTerritoryChoices(manager),
    listAssignableRegions(manager),
    listContactChoices(manager, account.id),
  ]);
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
      {contactChoices && (
        <section aria-labelledby="interlocuteur-titre" className="fr-mt-6w">
          <h2 id="interlocuteur-titre">Interlocuteur ou interlocutrice des territoires</h2>
          <p>
            La personne est invitée par défaut aux séances des territoires cochés, et figure sur leur page parmi les
            interlocuteurs de la Région et de l&apos;État.
          </p>
          <TerritoryContactsForm userId={account.id} choices={contactChoices} />
        </section>
      )}
    </>
  );
}

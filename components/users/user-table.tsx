import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import type { ManagedUser } from "@/lib/users/queries";
import { collegeLabels } from "@/lib/users/schemas";
import { ResendInvitationButton } from "./resend-invitation-button";
import { UserStatusButton } from "./user-status-button";
import { DataTable } from "@/components/ui/data-table";

export function UserTable({
  users,
  currentUserId,
  canInvite,
}: {
  users: ManagedUser[];
  currentUserId: string;
  canInvite: boolean;
}) {
  return (
    <DataTable caption={<>Comptes ({users.length})</>}>
      <thead>
        <tr>
          <th scope="col">Nom</th>
          <th scope="col">Organisation</th>
          <th scope="col">Collège</th>
          <th scope="col">Périmètre</th>
          <th scope="col">État du compte</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              <Link href={`/admin/utilisateurs/${user.id}`} title={`Modifier l'accès de ${user.name}`}>
                {user.name}
              </Link>
              <span className="fr-hint-text">{user.email}</span>
            </th>
            <td>{user.organisation}</td>
            <td>{collegeLabels[user.college as keyof typeof collegeLabels]}</td>
            <td>
              {user.regionName ??
                (user.territories.map((t) => `${t.name}${t.isBinome ? " (binôme)" : ""}`).join(", ") || "Tout")}
            </td>
            <td>
              {user.disabled ? (
                <Badge severity="error" small>
                  Désactivé
                </Badge>
              ) : user.invitationExpired ? (
                <Badge severity="warning" small>
                  Invitation expirée
                </Badge>
              ) : user.invitationPending ? (
                <Badge severity="info" small>
                  Invitation envoyée
                </Badge>
              ) : (
                <Badge severity="success" small>
                  Actif
                </Badge>
              )}
            </td>
            <td>
              {user.id !== currentUserId && (
                <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg">
                  {user.invitationPending && !user.disabled && canInvite && (
                    <li>
                      <ResendInvitationButton userId={user.id} userName={user.name} />
                    </li>
                  )}
                  <li>
                    <UserStatusButton userId={user.id} userName={user.name} disabled={user.disabled} />
                  </li>
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

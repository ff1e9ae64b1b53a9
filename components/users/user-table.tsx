import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import type { ManagedUser } from "@/lib/users/queries";
import { collegeLabels } from "@/lib/users/schemas";
import { UserStatusButton } from "./user-status-button";

export function UserTable({ users, currentUserId }: { users: ManagedUser[]; currentUserId: string }) {
  return (
    <div className="fr-table">
      <table>
        <caption>Comptes ({users.length})</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Organisation</th>
            <th scope="col">Collège</th>
            <th scope="col">Périmètre</th>
            <th scope="col">État du compte</th>
            <th scope="col">Action</th>
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
                  <UserStatusButton userId={user.id} userName={user.name} disabled={user.disabled} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

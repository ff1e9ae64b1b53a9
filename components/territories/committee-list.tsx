import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { collegeLabels } from "@/lib/users/schemas";
import type { CommitteeMember } from "@/lib/territories/queries";

export function CommitteeList({ members }: { members: CommitteeMember[] }) {
  return (
    <section aria-labelledby="comite-titre" className="fr-mb-6w">
      <h2 id="comite-titre">Comité de pilotage</h2>
      {members.length === 0 ? (
        <p>Aucun membre n&apos;est encore inscrit pour ce territoire.</p>
      ) : (
        <ul>
          {members.map((member) => (
            <li key={`${member.name}-${member.organisation}`}>
              {member.name}, {member.organisation} ({collegeLabels[member.college as keyof typeof collegeLabels]})
              {member.isBinome && (
                <Badge small severity="info" className="fr-ml-1w">
                  Binôme
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { College } from "@/lib/auth/permissions";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { collegeLabels } from "@/lib/users/schemas";
import { participantResponseLabels } from "@/lib/meetings/schemas";

/** The people invited to a séance, by college. */
export function ParticipantList({ participants }: { participants: MeetingDetail["participants"] }) {
  if (participants.length === 0) return <p>Aucun participant.</p>;
  const colleges = [...new Set(participants.map((person) => person.college))] as College[];
  return (
    <>
      {colleges.map((college) => (
        <section key={college}>
          <h3 className="fr-h6">{collegeLabels[college]}</h3>
          <ul>
            {participants
              .filter((person) => person.college === college)
              .map((person) => (
                <li key={person.id}>
                  {person.name}
                  {person.isBinome && " (binôme)"}, {person.organisation} —{" "}
                  {person.response
                    ? `${participantResponseLabels[person.response]}${person.representedBy ? ` par ${person.representedBy}` : ""}`
                    : "pas de réponse"}
                  {person.attended !== null &&
                    (person.attended ? " · présent·e à la séance" : " · absent·e de la séance")}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

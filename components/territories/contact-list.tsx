import { collegeLabels } from "@/lib/users/schemas";
import type { TerritoryContactView } from "@/lib/territories/queries";

/** Read-only: the people who manage accounts mark the contacts, on the officer's account page. */
export function ContactList({ contacts }: { contacts: TerritoryContactView[] }) {
  return (
    <section aria-labelledby="interlocuteurs-titre" className="fr-mb-6w">
      <h2 id="interlocuteurs-titre">Interlocuteurs de la Région et de l&apos;État</h2>
      {contacts.length === 0 ? (
        <p>Aucun interlocuteur de la Région ou de l&apos;État n&apos;est encore désigné pour ce territoire.</p>
      ) : (
        <ul>
          {contacts.map((contact) => (
            <li key={`${contact.name}-${contact.organisation}`}>
              {contact.name}, {contact.organisation} (
              {collegeLabels[contact.college as keyof typeof collegeLabels] ?? contact.college})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

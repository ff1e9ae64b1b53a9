import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { canAtAll } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listOutbox } from "@/lib/mail/send";

export const metadata: Metadata = { title: "Boîte d'envoi" };

export default async function OutboxPage() {
  const user = await requireSessionUser();
  if (!canAtAll(user, "outbox.read")) notFound();
  const emails = await listOutbox({ take: 50, skip: 0 });
  return (
    <>
      <h1>Boîte d&apos;envoi</h1>
      <p>
        Tous les messages envoyés par la plateforme. Sans serveur de messagerie configuré, ils restent ici : transmettez
        vous-même les liens d&apos;invitation.
      </p>
      {emails.length === 0 ? (
        <p>Aucun message pour le moment.</p>
      ) : (
        emails.map((email) => (
          <article key={email.id} className="fr-mb-4w" aria-labelledby={`message-${email.id}`}>
            <h2 id={`message-${email.id}`} className="fr-h5 fr-mb-1w">
              {email.subject} — à {email.to}
            </h2>
            <p className="fr-text--sm fr-mb-1w">
              Créé le {formatDate(email.createdAt)} ·{" "}
              {email.sentAt ? "envoyé" : email.error ? "échec de l'envoi" : "non envoyé (pas de serveur de messagerie)"}
            </p>
            <pre className="fr-text--sm" style={{ whiteSpace: "pre-wrap" }}>
              {email.text}
            </pre>
          </article>
        ))
      )}
    </>
  );
}

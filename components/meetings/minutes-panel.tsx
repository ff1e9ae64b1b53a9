import Link from "next/link";
import { can, type PermissionUser, type TerritoryTarget } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import type { MinutesView } from "@/lib/meetings/minutes";
import { CompileMinutesForm, MinutesTextForm, ValidateMinutesForm } from "./minutes-forms";

type Props = {
  user: PermissionUser;
  target: TerritoryTarget;
  meetingId: string;
  meetingVersion: number;
  minutesPath: string;
  minutes: MinutesView | null;
};

function Validation({ who, validation }: { who: string; validation: MinutesView["eluValidation"] }) {
  return (
    <li>
      {who} : {validation ? `validé par ${validation.name} le ${formatDateTime(validation.at)}` : "validation attendue"}
    </li>
  );
}

/**
 * Where the relevé de décisions stands, and what the user may do with it: establish it (whoever
 * records the séance), validate it (an élu and an industriel of the binôme), give an avis (Région,
 * État) before it is locked, add a rectificatif after.
 */
export function MinutesPanel({ user, target, meetingId, meetingVersion, minutesPath, minutes }: Props) {
  const records = can(user, "meeting.record", target);
  const mySlot =
    user.college === "ELU" ? "eluValidation" : user.college === "INDUSTRIEL" ? "industrielValidation" : null;
  const validates =
    minutes?.status === "awaiting" && can(user, "minutes.validate", target) && mySlot && !minutes[mySlot];
  return (
    <section aria-labelledby="minutes-title" className="fr-mt-6w">
      <h2 id="minutes-title">Relevé de décisions</h2>
      {!minutes ? (
        <p>
          Le relevé n&apos;est pas encore établi. Il reprendra la présence, la synthèse de chaque point, les décisions
          et l&apos;état des actions examinées.
        </p>
      ) : (
        <>
          <p className="fr-mb-1w">
            {minutes.status === "locked"
              ? `Validé et verrouillé le ${formatDateTime(minutes.lockedAt!)}.`
              : `Établi le ${formatDateTime(minutes.compiledAt)}${minutes.compiledByName ? ` par ${minutes.compiledByName}` : ""} : en attente de validation par le binôme.`}
          </p>
          <ul>
            <Validation who="Élu·e du binôme" validation={minutes.eluValidation} />
            <Validation who="Industriel·le du binôme" validation={minutes.industrielValidation} />
          </ul>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
            <li>
              <Link className="fr-btn fr-btn--secondary fr-icon-file-text-line" href={minutesPath}>
                Lire le relevé
              </Link>
            </li>
            <li>
              <a className="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${minutesPath}/pdf`} download>
                Télécharger le relevé (PDF)
              </a>
            </li>
          </ul>
          {validates && <ValidateMinutesForm meetingId={meetingId} minutesVersion={minutes.version} />}
          {minutes.status === "awaiting" && can(user, "minutes.review", target) && (
            <MinutesTextForm kind="review" meetingId={meetingId} minutesVersion={minutes.version} />
          )}
          {minutes.status === "locked" && records && (
            <MinutesTextForm kind="amend" meetingId={meetingId} minutesVersion={minutes.version} />
          )}
        </>
      )}
      {records && minutes?.status !== "locked" && (
        <CompileMinutesForm meetingId={meetingId} version={meetingVersion} again={minutes !== null} />
      )}
    </section>
  );
}

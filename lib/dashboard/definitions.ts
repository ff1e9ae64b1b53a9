import { dayToDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";

// What each figure counts, in one short line a committee member reads under the tile or chart. The
// definitions themselves live in SQL (lib/dashboard/sql.ts, actionsAsOf); these sentences say
// them, and every page that shows a figure (dashboard, comparison, report) shows the same one.
// Client-safe.

export type FigureDefinitions = {
  actions: string;
  done: string;
  averageProgress: string;
  lateOrBlocked: string;
  funding: string;
  byLeverAndStatus: string;
  progressByLever: string;
  progressOverTime: string;
  fundingByFunder: string;
  vigilance: string;
  lastMeeting: string;
  openDecisions: string;
  overdueDecisions: string;
  awaitingMinutes: string;
  comparison: string;
};

export function figureDefinitions(asOf: string): FigureDefinitions {
  const day = formatDate(dayToDate(asOf));
  const counted = `les actions du plan (hors archivées) ayant un point d'avancement au ${day}`;
  return {
    actions: `Actions du plan au ${day}, archivées exclues.`,
    done: `Actions au statut « Réalisée » au ${day}.`,
    averageProgress: `Moyenne, sur ${counted}, de l'avancement de leur dernier point.`,
    lateOrBlocked: `Au ${day} : fin prévue passée sans être terminées, ou statut « Bloquée ».`,
    funding: "Budgets prévisionnels et financements actuels des actions du plan.",
    byLeverAndStatus: `Nombre d'actions par levier, selon leur statut au ${day}.`,
    progressByLever: `Par levier, moyenne de l'avancement du dernier point de chaque action au ${day}.`,
    progressOverTime: `À la fin de chaque mois (au ${day} pour le dernier) : moyenne de l'avancement du dernier point de chaque action qui en avait un.`,
    fundingByFunder: "Montants demandés et accordés aux actions du plan, par financeur.",
    vigilance: `Au ${day} : actions dont la fin prévue est passée sans être terminées, et actions bloquées ; aujourd'hui : décisions des séances non soldées dont l'échéance est passée.`,
    lastMeeting: "Date de la dernière séance tenue (comité de projet ou de pilotage).",
    openDecisions: "Aujourd'hui : décisions des séances du territoire pas encore soldées, en retard comprises.",
    overdueDecisions: "Aujourd'hui : décisions des séances non soldées dont l'échéance est passée.",
    awaitingMinutes:
      "Aujourd'hui : relevés de décisions établis que l'élu·e et l'industriel·le du binôme n'ont pas encore tous deux validés.",
    comparison: `Chaque territoire au ${day} : ${counted}, à l'état de leur dernier point.`,
  };
}

// No "server-only": the demo seed writes the reminders a demo member would have received with it.
import { formatDate } from "@/lib/format";

export type ActionRule = "action.stale" | "action.endNear" | "action.endPassed";

export type ActionReminderSubject = {
  actionId: string;
  title: string;
  slug: string;
  plannedEndDate: Date | null;
  lastPoint: Date;
  updateIntervalDays: number;
};

/** What an action reminder says, and where it leads. */
export function actionReminderText(rule: ActionRule, action: ActionReminderSubject) {
  const end = action.plannedEndDate ? formatDate(action.plannedEndDate) : "";
  const texts: Record<ActionRule, { title: string; body: string }> = {
    "action.stale": {
      title: `Point d'avancement attendu : ${action.title}`,
      body: `L'action « ${action.title} » n'a pas de point d'avancement depuis le ${formatDate(action.lastPoint)} (le territoire en attend un tous les ${action.updateIntervalDays} jours). Ajoutez-en un pour tenir le comité informé.`,
    },
    "action.endNear": {
      title: `Fin prévue le ${end} : ${action.title}`,
      body: `La date de fin prévue de l'action « ${action.title} » approche (${end}). Mettez à jour son avancement, ou sa date de fin si elle change.`,
    },
    "action.endPassed": {
      title: `Date de fin dépassée : ${action.title}`,
      body: `La date de fin prévue de l'action « ${action.title} » (${end}) est passée et l'action n'est pas close : elle apparaît en retard. Mettez à jour son statut ou sa date de fin.`,
    },
  };
  return {
    ...texts[rule],
    href: `/territoires/${action.slug}/actions/${action.actionId}`,
    linkLabel: "Ouvrir l'action",
  };
}

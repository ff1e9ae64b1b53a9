// The kinds of message a member chooses how to receive, their labels and defaults. Pure: the
// account page, the unsubscribe page and the jobs read the same table.

export const notificationKinds = ["REMINDER", "CAMPAIGN", "DECISION", "DIGEST"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const deliveryModes = ["IMMEDIATE", "DIGEST", "OFF"] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

/** Without a preference row, every kind is e-mailed right away (the digest: received). */
export const defaultDeliveryMode: Record<NotificationKind, DeliveryMode> = {
  REMINDER: "IMMEDIATE",
  CAMPAIGN: "IMMEDIATE",
  DECISION: "IMMEDIATE",
  DIGEST: "IMMEDIATE",
};

export const notificationKindLabels: Record<NotificationKind, string> = {
  REMINDER: "Rappels sur les actions",
  CAMPAIGN: "Campagnes de suivi",
  DECISION: "Décisions",
  DIGEST: "Récapitulatif hebdomadaire",
};

/** What each kind covers, as the account page and the unsubscribe page explain it. */
export const notificationKindHints: Record<NotificationKind, string> = {
  REMINDER: "Action sans point d'avancement depuis l'intervalle du territoire, date de fin prévue proche ou dépassée.",
  CAMPAIGN:
    "Campagne de suivi ouverte pour votre territoire, bilan transmis, renvoyé pour compléments ou accepté, échéance proche avec des actions non mises à jour.",
  DECISION: "Décision de séance dont vous êtes responsable et dont l'échéance est dépassée.",
  DIGEST: "Chaque lundi, ce qui a changé la semaine précédente dans vos territoires.",
};

/** The choices offered per kind; the digest is itself the weekly e-mail: on or off. */
export function modesOf(kind: NotificationKind): readonly DeliveryMode[] {
  return kind === "DIGEST" ? ["IMMEDIATE", "OFF"] : deliveryModes;
}

export function deliveryModeLabel(kind: NotificationKind, mode: DeliveryMode): string {
  if (kind === "DIGEST") return mode === "OFF" ? "Ne pas recevoir" : "Recevoir";
  return { IMMEDIATE: "Immédiatement", DIGEST: "Dans le récapitulatif hebdomadaire", OFF: "Jamais" }[mode];
}

/** The reminder rules, each of one kind (Notification.rule). */
export const ruleKinds = {
  "action.stale": "REMINDER",
  "action.endNear": "REMINDER",
  "action.endPassed": "REMINDER",
  "campaign.deadline": "CAMPAIGN",
  "campaign.opened": "CAMPAIGN",
  "campaign.submitted": "CAMPAIGN",
  "campaign.returned": "CAMPAIGN",
  "campaign.accepted": "CAMPAIGN",
  "decision.overdue": "DECISION",
  digest: "DIGEST",
} as const satisfies Record<string, NotificationKind>;
export type NotificationRule = keyof typeof ruleKinds;

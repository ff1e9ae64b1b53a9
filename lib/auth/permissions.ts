// The whole authorization policy of TI Pilotage, in one table. The server enforces it (every
// mutation goes through lib/auth/safe-action.ts, every read through lib/auth/scope.ts) and the UI
// reads the same table to hide what a user cannot do. No other file decides a right.

export const colleges = ["ELU", "INDUSTRIEL", "CHEF_DE_PROJET", "REGION", "ETAT", "ADMIN"] as const;
export type College = (typeof colleges)[number];

export const operations = [
  "territory.read",
  "action.create",
  "action.update",
  "action.archive",
  "progress.record",
  "funding.record",
  "meeting.prepare",
  "meeting.answer",
  "meeting.record",
  // Closing a decision of a séance with a note (its responsible person may too, whatever the table).
  "decision.close",
  // Validating the relevé de décisions: one élu and one industriel of the binôme lock it together.
  "minutes.validate",
  // Adding the Région's or the State's formal opinion (avis) to minutes not yet locked.
  "minutes.review",
  // Opening a follow-up campaign for territories, returning or accepting their reports.
  "campaign.manage",
  // Submitting a territory's report to a campaign (its figures are frozen then).
  "campaign.submit",
  "audit.read",
  "user.invite",
  "user.manage",
  "outbox.read",
  "outbox.readSent",
  "referenceData.manage",
  "account.update",
] as const;
export type Operation = (typeof operations)[number];

/**
 * How far a right reaches, from nothing to everything:
 * - `binome`: territories whose committee the user co-chairs (binôme élu–industriel);
 * - `member`: territories whose committee the user sits on (the binôme included);
 * - `region`: territories touching the user's region (Vallée de la Bresle is in Normandie and in
 *   Hauts-de-France), and users attached to them;
 * - `all`: everything on the platform.
 */
export const scopeLevels = ["none", "binome", "member", "region", "all"] as const;
export type ScopeLevel = (typeof scopeLevels)[number];

export const permissionTable: Record<College, Record<Operation, ScopeLevel>> = {
  ELU: {
    "territory.read": "member",
    "action.create": "member",
    "action.update": "member",
    "action.archive": "binome",
    "progress.record": "member",
    "funding.record": "member",
    "meeting.prepare": "binome",
    "meeting.answer": "member",
    "meeting.record": "binome",
    "decision.close": "binome",
    "minutes.validate": "binome",
    "minutes.review": "none",
    "campaign.manage": "none",
    "campaign.submit": "binome",
    "audit.read": "none",
    "user.invite": "none",
    "user.manage": "none",
    "outbox.read": "none",
    "outbox.readSent": "none",
    "referenceData.manage": "none",
    "account.update": "all",
  },
  INDUSTRIEL: {
    "territory.read": "member",
    "action.create": "member",
    "action.update": "member",
    "action.archive": "binome",
    "progress.record": "member",
    "funding.record": "member",
    "meeting.prepare": "binome",
    "meeting.answer": "member",
    "meeting.record": "binome",
    "decision.close": "binome",
    "minutes.validate": "binome",
    "minutes.review": "none",
    "campaign.manage": "none",
    "campaign.submit": "binome",
    "audit.read": "none",
    "user.invite": "none",
    "user.manage": "none",
    "outbox.read": "none",
    "outbox.readSent": "none",
    "referenceData.manage": "none",
    "account.update": "all",
  },
  // The territory's chef·fe de projet runs the plan day to day: records and edits actions and
  // progress on the territories they serve; archiving stays with the binôme.
  CHEF_DE_PROJET: {
    "territory.read": "member",
    "action.create": "member",
    "action.update": "member",
    "action.archive": "none",
    "progress.record": "member",
    "funding.record": "member",
    "meeting.prepare": "member",
    "meeting.answer": "member",
    "meeting.record": "member",
    "decision.close": "member",
    "minutes.validate": "none",
    "minutes.review": "none",
    "campaign.manage": "none",
    "campaign.submit": "none",
    "audit.read": "none",
    "user.invite": "none",
    "user.manage": "none",
    "outbox.read": "none",
    "outbox.readSent": "none",
    "referenceData.manage": "none",
    "account.update": "all",
  },
  REGION: {
    "territory.read": "region",
    "action.create": "none",
    "action.update": "none",
    "action.archive": "none",
    "progress.record": "none",
    "funding.record": "region",
    "meeting.prepare": "none",
    "meeting.answer": "region",
    "meeting.record": "none",
    "decision.close": "none",
    "minutes.validate": "none",
    "minutes.review": "region",
    "campaign.manage": "region",
    "campaign.submit": "none",
    "audit.read": "none",
    "user.invite": "none",
    "user.manage": "none",
    "outbox.read": "none",
    "outbox.readSent": "none",
    "referenceData.manage": "none",
    "account.update": "all",
  },
  ETAT: {
    "territory.read": "region",
    "action.create": "none",
    "action.update": "none",
    "action.archive": "none",
    "progress.record": "none",
    "funding.record": "region",
    "meeting.prepare": "none",
    "meeting.answer": "region",
    "meeting.record": "none",
    "decision.close": "none",
    "minutes.validate": "none",
    "minutes.review": "region",
    "campaign.manage": "region",
    "campaign.submit": "none",
    "audit.read": "region",
    "user.invite": "region",
    "user.manage": "region",
    "outbox.read": "none",
    "outbox.readSent": "all",
    "referenceData.manage": "none",
    "account.update": "all",
  },
  ADMIN: {
    "territory.read": "all",
    "action.create": "none",
    "action.update": "none",
    "action.archive": "none",
    "progress.record": "none",
    "funding.record": "none",
    "meeting.prepare": "none",
    "meeting.answer": "none",
    "meeting.record": "none",
    "decision.close": "none",
    "minutes.validate": "none",
    "minutes.review": "none",
    "campaign.manage": "none",
    "campaign.submit": "none",
    "audit.read": "all",
    "user.invite": "all",
    "user.manage": "all",
    "outbox.read": "all",
    "outbox.readSent": "all",
    "referenceData.manage": "all",
    "account.update": "all",
  },
};

/** Which colleges each role may give to an account it creates or edits. */
export const assignableColleges: Record<College, readonly College[]> = {
  ELU: [],
  INDUSTRIEL: [],
  CHEF_DE_PROJET: [],
  REGION: [],
  // The State manages accounts for its region, but not platform administrators.
  ETAT: ["ELU", "INDUSTRIEL", "CHEF_DE_PROJET", "REGION", "ETAT"],
  ADMIN: colleges,
};

/**
 * Committee colleges sit on territories' committees (their accounts carry territories); regional
 * colleges follow a region (their accounts carry a region). Derived from the table: how far a
 * college reads territories says which kind it is.
 */
export const committeeColleges = colleges.filter((college) => permissionTable[college]["territory.read"] === "member");
export const regionalColleges = colleges.filter((college) => permissionTable[college]["territory.read"] === "region");
/** Colleges whose members may co-chair a committee (the binôme élu–industriel): those the table gives binôme-only rights. */
export const binomeColleges = colleges.filter((college) =>
  operations.some((operation) => permissionTable[college][operation] === "binome"),
);
export const isCommitteeCollege = (college: string) => (committeeColleges as readonly string[]).includes(college);
export const isRegionalCollege = (college: string) => (regionalColleges as readonly string[]).includes(college);
export const isBinomeCollege = (college: string) => (binomeColleges as readonly string[]).includes(college);

/**
 * The funder a college speaks for when it records funding (`funding.record`): the Région and the
 * État record their own institution's commitment only; committee members record any funder.
 */
export const institutionFunder: Record<College, string | null> = {
  ELU: null,
  INDUSTRIEL: null,
  CHEF_DE_PROJET: null,
  REGION: "REGION",
  ETAT: "ETAT",
  ADMIN: null,
};

/** Whether the user may record this funder's line, wherever `funding.record` holds. */
export function mayRecordFunder(user: Pick<PermissionUser, "college">, funderCode: string): boolean {
  const own = institutionFunder[user.college];
  return own === null || own === funderCode;
}

export type PermissionUser = {
  id: string;
  college: College;
  regionCode: string | null;
  memberships: readonly { territoryId: string; isBinome: boolean }[];
};

/**
 * What a right is checked against, always read from the database record (never from the request):
 * a territory (its id and the regions it spans), or a user account (the regions it is attached to,
 * through its region or its territories).
 */
export type PermissionTarget = { territoryId?: string; regionCodes: readonly string[] };

/** A target that is a territory, or a record stored in one (an action): its id is always known. */
export type TerritoryTarget = PermissionTarget & { territoryId: string };

/** How the target relates to the user; the relations are ordered like the scope levels. */
export type Relation = "binome" | "member" | "region" | "other";

export function relationTo(user: PermissionUser, target: PermissionTarget): Relation {
  const membership = target.territoryId
    ? user.memberships.find((candidate) => candidate.territoryId === target.territoryId)
    : undefined;
  if (membership) return membership.isBinome ? "binome" : "member";
  if (user.regionCode && target.regionCodes.includes(user.regionCode)) return "region";
  return "other";
}

const relationsCoveredBy: Record<ScopeLevel, readonly Relation[]> = {
  none: [],
  binome: ["binome"],
  member: ["binome", "member"],
  region: ["binome", "member", "region"],
  all: ["binome", "member", "region", "other"],
};

export function levelAllows(level: ScopeLevel, relation: Relation): boolean {
  return relationsCoveredBy[level].includes(relation);
}

export function can(user: PermissionUser, operation: Operation, target: PermissionTarget): boolean {
  return levelAllows(permissionTable[user.college][operation], relationTo(user, target));
}

/** For the UI: whether the user holds the operation on at least some scope (e.g. to show a menu). */
export function canAtAll(user: Pick<PermissionUser, "college">, operation: Operation): boolean {
  return permissionTable[user.college][operation] !== "none";
}

/**
 * Closing a decision of a séance with a note: whoever the table gives `decision.close` on the
 * decision's territory, or the decision's responsible person (whatever their college) as long as
 * they can still read that territory. The server enforces it and the UI shows the form with it.
 */
export function canCloseDecision(
  user: PermissionUser,
  target: PermissionTarget,
  responsibleId: string | null,
): boolean {
  if (can(user, "decision.close", target)) return true;
  return responsibleId !== null && responsibleId === user.id && can(user, "territory.read", target);
}

import { collegeLabels } from "./schemas";

// Turns two audit snapshots of an account (lib/users/account-audit.ts) into the changes a person
// reads in the journal: French field names, names instead of ids. Client-safe, pure.

export type AccountChangeLabels = {
  territories: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
};

export type AccountChange = { label: string; before: string; after: string };

type Snapshot = {
  college?: unknown;
  regionCode?: unknown;
  memberships?: unknown;
  status?: unknown;
  contactTerritoryIds?: unknown;
};

const EMPTY = "(aucun)";

const statusLabels: Record<string, string> = {
  invited: "invitation envoyée",
  active: "actif",
  disabled: "désactivé",
};

function college(value: unknown): string {
  return typeof value === "string" ? (collegeLabels[value as keyof typeof collegeLabels] ?? value) : EMPTY;
}

function memberships(value: unknown, territories: ReadonlyMap<string, string>): string {
  if (!Array.isArray(value) || value.length === 0) return EMPTY;
  return value
    .map((membership: { territoryId?: unknown; isBinome?: unknown }) => {
      const name =
        typeof membership.territoryId === "string"
          ? (territories.get(membership.territoryId) ?? "territoire supprimé")
          : "?";
      return membership.isBinome ? `${name} (binôme)` : name;
    })
    .sort((a, b) => a.localeCompare(b, "fr"))
    .join(", ");
}

function territoryNames(value: unknown, territories: ReadonlyMap<string, string>): string {
  if (!Array.isArray(value) || value.length === 0) return EMPTY;
  return value
    .map((id: unknown) => (typeof id === "string" ? (territories.get(id) ?? "territoire supprimé") : "?"))
    .sort((a, b) => a.localeCompare(b, "fr"))
    .join(", ");
}

function asSnapshot(value: unknown): Snapshot {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Snapshot) : {};
}

/** What changed on the account; a first snapshot (an invitation) shows as changes from nothing. */
export function describeAccountChanges(before: unknown, after: unknown, labels: AccountChangeLabels): AccountChange[] {
  const [from, to] = [asSnapshot(before), asSnapshot(after)];
  const fields: [string, (snapshot: Snapshot) => string][] = [
    ["Collège", (snapshot) => college(snapshot.college)],
    [
      "Région",
      (snapshot) =>
        typeof snapshot.regionCode === "string"
          ? (labels.regions.get(snapshot.regionCode) ?? snapshot.regionCode)
          : EMPTY,
    ],
    ["Comités", (snapshot) => memberships(snapshot.memberships, labels.territories)],
    ["Interlocuteur des territoires", (snapshot) => territoryNames(snapshot.contactTerritoryIds, labels.territories)],
    [
      "Compte",
      (snapshot) => (typeof snapshot.status === "string" ? (statusLabels[snapshot.status] ?? snapshot.status) : EMPTY),
    ],
  ];
  if (Object.keys(to).length === 0) return [];
  return fields.flatMap(([label, format]) => {
    const [was, is] = [format(from), format(to)];
    return was === is ? [] : [{ label, before: was, after: is }];
  });
}

/** Territory ids named in account snapshots, to look their names up once. */
export function snapshotTerritoryIds(snapshots: unknown[]): string[] {
  const ids = new Set<string>();
  for (const snapshot of snapshots) {
    const { memberships: list, contactTerritoryIds: contacts } = asSnapshot(snapshot);
    if (Array.isArray(list)) {
      for (const membership of list as { territoryId?: unknown }[]) {
        if (typeof membership.territoryId === "string") ids.add(membership.territoryId);
      }
    }
    if (Array.isArray(contacts)) {
      for (const id of contacts) if (typeof id === "string") ids.add(id);
    }
  }
  return [...ids];
}

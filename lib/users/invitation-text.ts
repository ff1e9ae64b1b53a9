import type { College } from "@/lib/auth/permissions";

// How an invitation names the role it gives, in correct French: "en tant qu'élu·e du territoire
// Vallée de l'Huisne", "en tant que représentant·e de la Région Normandie".

const committeeRoles: Partial<Record<College, string>> = { ELU: "qu'élu·e", INDUSTRIEL: "qu'industriel·le" };

function listOfNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} et ${names[names.length - 1]}`;
}

/** What follows "en tant", with its elision: "qu'élu·e du territoire …", "que représentant·e de l'État en …". */
export function invitationRole(college: College, territoryNames: string[], regionName: string | null): string {
  const committee = committeeRoles[college];
  if (committee) {
    const sorted = [...territoryNames].sort((a, b) => a.localeCompare(b, "fr"));
    if (sorted.length === 0) return `${committee} d'un comité de pilotage`;
    return sorted.length === 1
      ? `${committee} du comité de pilotage du territoire ${sorted[0]}`
      : `${committee} des comités de pilotage des territoires ${listOfNames(sorted)}`;
  }
  if (college === "CHEF_DE_PROJET") {
    const sorted = [...territoryNames].sort((a, b) => a.localeCompare(b, "fr"));
    if (sorted.length === 0) return "que chef·fe de projet d'un territoire d'industrie";
    return sorted.length === 1
      ? `que chef·fe de projet du territoire ${sorted[0]}`
      : `que chef·fe de projet des territoires ${listOfNames(sorted)}`;
  }
  if (college === "REGION") return `que représentant·e de la Région${regionName ? ` ${regionName}` : ""}`;
  if (college === "ETAT") return `que représentant·e de l'État${regionName ? ` en région ${regionName}` : ""}`;
  return "qu'administrateur·rice de la plateforme";
}

import { describe, expect, it } from "vitest";
import type { Comparison } from "@/lib/dashboard/types";
import { comparisonRow } from "@/tests/comparison-rows";
import { fundingSummary, leverProgressSummary, overviewSummary, statusSummary } from "./comparison-summaries";

const levers = [
  { code: "COMPETENCES", label: "Compétences" },
  { code: "ATTRACTIVITE", label: "Attractivité" },
  { code: "INFRASTRUCTURES", label: "Infrastructures" },
];
const statuses = [
  { code: "A_VENIR", label: "À venir" },
  { code: "EN_COURS", label: "En cours" },
  { code: "REALISEE", label: "Réalisée" },
  { code: "BLOQUEE", label: "Bloquée" },
];

const row = comparisonRow;

const rows = [
  row("Axe Seine", {
    progressByLever: { COMPETENCES: 62, ATTRACTIVITE: 40, INFRASTRUCTURES: null },
    statusCounts: { EN_COURS: 3, REALISEE: 2, BLOQUEE: 1 },
    actionCount: 6,
    lateCount: 2,
    plannedBudget: 1_000_000,
    fundingRequested: 1_000_000,
    fundingGranted: 250_000,
  }),
  row("Caen Industrie", {
    progressByLever: { COMPETENCES: 18, ATTRACTIVITE: 55, INFRASTRUCTURES: null },
    statusCounts: { A_VENIR: 1, REALISEE: 1, BLOQUEE: 2 },
    actionCount: 4,
    plannedBudget: 500_000,
    fundingRequested: 500_000,
    fundingGranted: 400_000,
  }),
];
const comparison: Comparison = {
  scopeLabel: "Normandie",
  unit: "territory",
  filters: { from: "2026-01", to: "2026-11" },
  asOf: "2026-11-27",
  levers,
  statuses,
  rows,
};

// French number formatting uses no-break spaces; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("comparison summaries", () => {
  it("sums up territories, actions, done and late actions", () => {
    expect(plain(overviewSummary(comparison))).toBe("2 territoires, 10 actions dont 3 réalisées (30 %), 2 en retard.");
    expect(plain(overviewSummary({ ...comparison, rows: [row("Axe Seine", {})] }))).toBe(
      "1 territoire, aucune action sur la période choisie.",
    );
  });

  it("names the most and least advanced territory of each lever, and levers without action", () => {
    expect(leverProgressSummary(rows, levers).map(plain)).toEqual([
      "Compétences : Axe Seine est le plus avancé (62 %), Caen Industrie le moins avancé (18 %).",
      "Attractivité : Caen Industrie est le plus avancé (55 %), Axe Seine le moins avancé (40 %).",
      "Infrastructures : aucune action.",
    ]);
    expect(leverProgressSummary([rows[0]!], levers.slice(0, 1)).map(plain)).toEqual(["Compétences : Axe Seine, 62 %."]);
  });

  it("counts actions per status in words and names the territory with the most blocked ones", () => {
    expect(plain(statusSummary(rows, statuses))).toBe(
      "10 actions : 1 à venir, 3 en cours, 3 réalisées, 3 bloquées. Le plus d'actions bloquées : Caen Industrie (2).",
    );
    expect(statusSummary([], statuses)).toBe("Aucune action sur la période choisie.");
  });

  it("compares funding granted with funding requested, as the dashboard does", () => {
    expect(plain(fundingSummary(rows))).toBe(
      "650 000 € accordés sur 1 500 000 € demandés (43 %). Part accordée la plus élevée : Caen Industrie (80 %).",
    );
    expect(fundingSummary([row("Axe Seine", {})])).toBe("Aucun financement demandé.");
  });
});

describe("comparison summaries with ties", () => {
  const tied = ["Axe Seine", "Caen Industrie", "Sud Manche", "Pays de l'Aigle"].map((name, index) =>
    row(name, {
      progressByLever: { COMPETENCES: index < 2 ? 70 : 30 },
      statusCounts: { BLOQUEE: 1, EN_COURS: 1 },
      actionCount: 2,
      plannedBudget: 100,
      fundingRequested: 100,
      fundingGranted: 50,
    }),
  );

  it("names every tied territory rather than picking one", () => {
    expect(leverProgressSummary(tied, levers.slice(0, 1)).map(plain)).toEqual([
      "Compétences : Axe Seine et Caen Industrie sont les plus avancés (70 %), Sud Manche et Pays de l'Aigle les moins avancés (30 %).",
    ]);
  });

  it("does not name one territory when many share the highest count or share", () => {
    expect(plain(statusSummary(tied, statuses))).toBe(
      "8 actions : 4 en cours, 4 bloquées. Au plus 1 action bloquée par territoire.",
    );
    expect(plain(fundingSummary(tied))).toBe("200 € accordés sur 400 € demandés (50 %).");
  });
});

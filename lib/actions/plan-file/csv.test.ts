import { describe, expect, it } from "vitest";
import { actionStatuses, funderTypes } from "@/prisma/reference/action-reference";
import { levers } from "@/prisma/reference/territories";
import { exportActionsCsv, parseActionsCsv, type ParsedActionRow } from "./csv";
import { planColumnsFor, type ActionExportRow } from "./plan-columns";
import { PlanFileError } from "./plan-records";

const referenceData = {
  levers: levers.map(({ code, label, subThemes }) => ({ code, label, subThemes })),
  statuses: actionStatuses.map(({ code, label }) => ({ code, label })),
  funders: funderTypes.map(({ code, label }) => ({ code, label })),
};
const funders = referenceData.funders;

const BOM = "\ufeff";
const headers = planColumnsFor(funders, 1).map((column) => column.header);
const HEADER = headers.join(";");
const ID = "3f0e9a4e-2d7b-4b8e-9f0a-1c2d3e4f5a6b";

function row(overrides: Partial<ActionExportRow> = {}): ActionExportRow {
  return {
    id: ID,
    version: 4,
    title: "Campus des métiers de l'industrie",
    leverLabel: "Compétences",
    subThemeLabel: "Accès aux compétences",
    statusLabel: "En cours",
    progress: 45,
    plannedStartDate: "2026-01-15",
    plannedEndDate: "2027-06-30",
    carrierCollege: "INDUSTRIEL",
    carrierOrganisation: "UIMM Rouen Dieppe",
    partners: "France Travail, Région Normandie",
    plannedBudget: 1_250_000,
    description: "Former des demandeurs d'emploi.",
    expectedResults: "120 personnes formées.",
    funding: { ETAT: { requested: 150_000, granted: 100_000 }, REGION: { requested: 50_000, granted: 0 } },
    indicators: [{ label: "Personnes formées", unit: "personnes", latestValue: 45, target: 120 }],
    ...overrides,
  };
}

function accepted(rows: ParsedActionRow[]) {
  return rows.map((parsed) => {
    if (!parsed.ok) throw new Error(`line ${parsed.line} refused: ${JSON.stringify(parsed.errors)}`);
    return parsed;
  });
}

/** A file written by hand: the header, then rows of cells keyed by header. */
function csvFile(rows: Record<string, string>[]): string {
  const lines = rows.map((cells) => headers.map((header) => cells[header] ?? "").join(";"));
  return `${BOM}${[HEADER, ...lines].join("\r\n")}\r\n`;
}

const validCells = {
  Titre: "Forum de l'emploi industriel",
  Levier: "Compétences",
  Statut: "À venir",
  "Avancement (%)": "0",
  "Collège du porteur": "Élus",
  "Organisation porteuse": "Communauté urbaine",
};

describe("exportActionsCsv", () => {
  it("writes UTF-8 with a byte order mark, `;` separators, the identifier and a column per funder and indicator part", () => {
    const csv = exportActionsCsv([row()], funders);
    expect(csv.startsWith(`${BOM}${HEADER}\r\n`)).toBe(true);
    expect(HEADER).toMatch(/^Identifiant;Version;Titre;Levier;/);
    expect(HEADER).toContain("Demandé – État (€);Accordé – État (€);Demandé – Région (€);Accordé – Région (€)");
    expect(HEADER).toMatch(/Indicateur 1;Unité 1;Cible 1;Valeur 1$/);
    expect(csv).toContain(
      `${ID};4;Campus des métiers de l'industrie;Compétences;Accès aux compétences;En cours;45;15/01/2026;30/06/2027;Industriels;`,
    );
    expect(csv).toContain(";150000;100000;50000;0;");
    expect(csv).toMatch(/;Personnes formées;personnes;120;45\r\n$/);
  });

  it("writes an empty plan as its header alone, a template to fill in", () => {
    expect(exportActionsCsv([], funders)).toBe(`${BOM}${HEADER}\r\n`);
  });

  it("adds indicator columns for the action that has the most", () => {
    const indicators = [1, 2, 3].map((n) => ({ label: `Indicateur n° ${n}`, unit: "", latestValue: n, target: null }));
    const header = exportActionsCsv([row({ indicators })], funders).split("\r\n")[0]!;
    expect(header).toMatch(/Indicateur 3;Unité 3;Cible 3;Valeur 3$/);
  });
});

describe("parseActionsCsv round trip", () => {
  it("reads back exactly what it exported, with the action it names and its version", () => {
    const [parsed] = accepted(parseActionsCsv(exportActionsCsv([row()], funders), referenceData));
    expect(parsed).toMatchObject({ id: ID, version: 4 });
    expect(parsed!.input).toEqual({
      title: "Campus des métiers de l'industrie",
      leverCode: "COMPETENCES",
      subThemeCode: "ACCES_COMPETENCES",
      statusCode: "EN_COURS",
      progress: 45,
      plannedStartDate: "2026-01-15",
      plannedEndDate: "2027-06-30",
      carrierCollege: "INDUSTRIEL",
      carrierOrganisation: "UIMM Rouen Dieppe",
      partners: "France Travail, Région Normandie",
      plannedBudget: 1_250_000,
      description: "Former des demandeurs d'emploi.",
      expectedResults: "120 personnes formées.",
      pilotIds: [],
      fundingLines: [
        { funderCode: "ETAT", amountRequested: 150_000, amountGranted: 100_000 },
        { funderCode: "REGION", amountRequested: 50_000, amountGranted: 0 },
      ],
      indicators: [{ label: "Personnes formées", unit: "personnes", latestValue: 45, target: 120 }],
    });
  });

  it("keeps quotes, `;`, line breaks and accents inside cells, and counts lines as in the file", () => {
    const tricky = row({
      title: 'Le « Campus » ; dit "le grand"',
      description: 'Première ligne ;\nDeuxième ligne, avec « guillemets » et des "doubles".\n\nFin.',
      partners: "Œuvre d'Orient; Crédit Agricole Normandie-Seine",
      carrierOrganisation: "Communauté d'agglomération Seine-Eure",
    });
    const parsed = parseActionsCsv(
      exportActionsCsv([tricky, row({ title: "Deuxième action" })], funders),
      referenceData,
    );
    const [first, second] = accepted(parsed);
    expect(first!.input).toMatchObject({
      title: tricky.title,
      description: tricky.description,
      partners: tricky.partners,
      carrierOrganisation: tricky.carrierOrganisation,
    });
    expect(second!.input.title).toBe("Deuxième action");
    // The first row's description spans 4 lines of the file: the second row starts on line 6.
    expect(parsed.map((parsed) => parsed.line)).toEqual([2, 6]);
  });

  it("round-trips indicators with decimals and blanks, and actions without funding", () => {
    const indicators = [
      { label: "Taux d'insertion (jeunes)", unit: "", latestValue: 12.5, target: 40 },
      { label: "Ratio : hommes / femmes", unit: "m (net)", latestValue: null, target: 0.75 },
    ];
    const csv = exportActionsCsv([row({ indicators, funding: {} })], funders);
    expect(csv).toContain(";Taux d'insertion (jeunes);;40;12,5;Ratio : hommes / femmes;m (net);0,75;\r\n");
    const [parsed] = accepted(parseActionsCsv(csv, referenceData));
    expect(parsed!.input.fundingLines).toEqual([]);
    expect(parsed!.input.indicators).toEqual(
      indicators.map((indicator) => ({
        ...indicator,
        latestValue: indicator.latestValue ?? undefined,
        target: indicator.target ?? undefined,
      })),
    );
  });

  it("neutralises spreadsheet formulas on export and restores the text on import", () => {
    const csv = exportActionsCsv(
      [row({ title: '=HYPERLINK("http://exemple.fr")', partners: "+33 2 35 00 00 00" })],
      funders,
    );
    expect(csv).toContain('"\'=HYPERLINK(""http://exemple.fr"")"');
    const [parsed] = accepted(parseActionsCsv(csv, referenceData));
    expect(parsed!.input).toMatchObject({ title: '=HYPERLINK("http://exemple.fr")', partners: "+33 2 35 00 00 00" });
  });
});

describe("parseActionsCsv of files written by people", () => {
  it("accepts a file without byte order mark or identifier, with LF line ends and codes instead of labels", () => {
    const text = csvFile([
      {
        Titre: "Atelier robotique",
        Levier: "infrastructures",
        "Sous-thème": "ACCES_INFRASTRUCTURES_RESEAUX",
        Statut: "bloquee",
        "Avancement (%)": "10 %",
        "Début prévu": "1/2/2026",
        "Fin prévue": "2026-12-31",
        "Collège du porteur": "ETAT",
        "Organisation porteuse": "Préfecture",
        "Budget prévisionnel (€)": "150 000 €",
        "Demandé – État (€)": "1 000",
        "Accordé – État (€)": "500",
      },
    ])
      .replace(BOM, "")
      .replace(/\r\n/g, "\n");
    const [parsed] = accepted(parseActionsCsv(text, referenceData));
    expect(parsed).toMatchObject({ id: null, version: null });
    expect(parsed!.input).toMatchObject({
      leverCode: "INFRASTRUCTURES",
      subThemeCode: "ACCES_INFRASTRUCTURES_RESEAUX",
      statusCode: "BLOQUEE",
      progress: 10,
      plannedStartDate: "2026-02-01",
      plannedEndDate: "2026-12-31",
      carrierCollege: "ETAT",
      plannedBudget: 150_000,
      fundingLines: [{ funderCode: "ETAT", amountRequested: 1000, amountGranted: 500 }],
    });
  });

  it("refuses a NUL character in a cell, on its column, rather than storing it", () => {
    const [parsed] = parseActionsCsv(csvFile([{ ...validCells, Titre: "Forum\0 de l'emploi" }]), referenceData);
    expect(parsed).toMatchObject({
      ok: false,
      errors: [{ field: "Titre", message: expect.stringContaining("invisibles") }],
    });
  });

  it("skips blank rows and keeps counting lines", () => {
    const validRow = headers.map((header) => validCells[header as keyof typeof validCells] ?? "").join(";");
    const blank = headers.map(() => "").join(";");
    const parsed = parseActionsCsv(`${HEADER}\r\n\r\n${blank}\r\n${validRow}\r\n`, referenceData);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ ok: true, line: 4 });
  });

  it("reports each error with the line of the file and the French column name", () => {
    const parsed = parseActionsCsv(
      csvFile([
        validCells,
        { ...validCells, "Avancement (%)": "150" },
        { ...validCells, Levier: "Numérique", Statut: "Terminée", "Collège du porteur": "Associations" },
        { ...validCells, "Demandé – État (€)": "100", "Accordé – État (€)": "500" },
        { ...validCells, "Début prévu": "31/02/2026", "Fin prévue": "2026/03/01" },
        { ...validCells, "Début prévu": "01/03/2026", "Fin prévue": "01/02/2026" },
        { ...validCells, Levier: "Attractivité", "Sous-thème": "Accès aux compétences", Titre: "AB" },
        { ...validCells, Identifiant: "pas-un-id" },
        { ...validCells, Statut: "Réalisée", "Avancement (%)": "40" },
      ]),
      referenceData,
    );
    expect(parsed[0]).toMatchObject({ ok: true, line: 2 });
    expect(parsed.slice(1).map(({ ok, line }) => ({ ok, line }))).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10].map((line) => ({ ok: false, line })),
    );
    const errorsOf = (index: number) => (parsed[index]!.ok ? [] : parsed[index]!.errors);
    expect(errorsOf(1)).toEqual([{ field: "Avancement (%)", message: "L'avancement ne peut pas dépasser 100 %." }]);
    expect(errorsOf(2)).toEqual([
      {
        field: "Levier",
        message: "Levier inconnu : « Numérique ». Valeurs possibles : Compétences, Attractivité, Infrastructures.",
      },
      { field: "Statut", message: expect.stringContaining("Statut inconnu : « Terminée ».") },
      {
        field: "Collège du porteur",
        message: "Collège inconnu : « Associations ». Valeurs possibles : Élus, Industriels, Région, État.",
      },
    ]);
    expect(errorsOf(3)).toEqual([
      { field: "Accordé – État (€)", message: "Le montant accordé ne peut pas dépasser le montant demandé." },
    ]);
    expect(errorsOf(4)).toEqual([
      { field: "Début prévu", message: "« 31/02/2026 » : cette date n'existe pas (vérifiez le jour et le mois)." },
      { field: "Fin prévue", message: expect.stringContaining("format JJ/MM/AAAA") },
    ]);
    expect(errorsOf(5)).toEqual([
      { field: "Fin prévue", message: "La fin prévue ne peut pas précéder le début prévu." },
    ]);
    expect(errorsOf(6).map((error) => error.field)).toEqual(["Sous-thème", "Titre"]);
    expect(errorsOf(7)).toEqual([{ field: "Identifiant", message: expect.stringContaining("Identifiant inconnu") }]);
    expect(errorsOf(8)).toEqual([{ field: "Avancement (%)", message: expect.stringContaining("100 %") }]);
  });

  it("matches headers regardless of case and accents, and refuses unknown or missing columns", () => {
    const validRow = headers.map((header) => validCells[header as keyof typeof validCells] ?? "").join(";");
    const relaxed = `${HEADER.toLowerCase().replace("é", "e")}\r\n${validRow}\r\n`;
    expect(accepted(parseActionsCsv(relaxed, referenceData))).toHaveLength(1);

    const wrong = "Titre;Levier;Priorité\r\nA;B;C\r\n";
    expect(() => parseActionsCsv(wrong, referenceData)).toThrow(PlanFileError);
    try {
      parseActionsCsv(wrong, referenceData);
    } catch (error) {
      expect((error as PlanFileError).messages).toEqual([
        expect.stringContaining("Colonne inconnue : « Priorité »."),
        "Colonnes obligatoires manquantes : Statut, Avancement (%), Collège du porteur, Organisation porteuse.",
      ]);
    }
  });

  it("explains what is wrong with files it cannot read", () => {
    const message = (text: string) => {
      try {
        parseActionsCsv(text, referenceData);
      } catch (error) {
        return (error as PlanFileError).message;
      }
      return "accepted";
    };
    expect(message("")).toBe("Le fichier est vide.");
    expect(message(`${BOM}${HEADER}\r\n`)).toMatch(/^Le fichier ne contient aucune action/);
    expect(message(headers.join(",") + "\nA,B\n")).toMatch(/séparées par des points-virgules/);
    expect(message(`${HEADER}\r\n"Titre sans fin;Compétences\r\n`)).toMatch(/ligne \d+\) : un guillemet « " » ouvert/);
  });
});

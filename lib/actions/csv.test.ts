import { describe, expect, it } from "vitest";
import { actionStatuses, funderTypes } from "@/prisma/reference/action-reference";
import { levers } from "@/prisma/reference/territories";
import { CsvFileError, exportActionsCsv, parseActionsCsv, type ParsedActionRow } from "./csv";
import { planHeaders, type ActionExportRow } from "./plan-columns";

const referenceData = {
  levers: levers.map(({ code, label, subThemes }) => ({ code, label, subThemes })),
  statuses: actionStatuses.map(({ code, label }) => ({ code, label })),
  funders: funderTypes.map(({ code, label }) => ({ code, label })),
};

const BOM = "\ufeff";
const HEADER = planHeaders.join(";");

function row(overrides: Partial<ActionExportRow> = {}): ActionExportRow {
  return {
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
    fundingLines: [
      { funderLabel: "État", amountRequested: 150_000, amountGranted: 100_000 },
      { funderLabel: "Région", amountRequested: 50_000, amountGranted: 0 },
    ],
    indicators: [{ label: "Personnes formées", unit: "personnes", latestValue: 45, target: 120 }],
    ...overrides,
  };
}

function accepted(rows: ParsedActionRow[]) {
  return rows.map((parsed) => {
    if (!parsed.ok) throw new Error(`line ${parsed.line} refused: ${JSON.stringify(parsed.errors)}`);
    return parsed.input;
  });
}

/** A file written by hand: the header, then rows of cells keyed by header. */
function csvFile(rows: Record<string, string>[]): string {
  const lines = rows.map((cells) => planHeaders.map((header) => cells[header] ?? "").join(";"));
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
  it("writes UTF-8 with a byte order mark, `;` separators and the French header", () => {
    const csv = exportActionsCsv([row()]);
    expect(csv.startsWith(`${BOM}${HEADER}\r\n`)).toBe(true);
    expect(csv).toContain(
      "Campus des métiers de l'industrie;Compétences;Accès aux compétences;En cours;45;15/01/2026;30/06/2027;Industriels;",
    );
    expect(csv).toContain(";1250000;");
    expect(csv).toContain("État: 150000 / 100000 | Région: 50000 / 0;Personnes formées (personnes): 45 / 120");
  });

  it("writes an empty plan as its header alone, a template to fill in", () => {
    expect(exportActionsCsv([])).toBe(`${BOM}${HEADER}\r\n`);
  });
});

describe("parseActionsCsv round trip", () => {
  it("reads back exactly what it exported, as createAction inputs with codes", () => {
    const [input] = accepted(parseActionsCsv(exportActionsCsv([row()]), referenceData));
    expect(input).toEqual({
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
    const csv = exportActionsCsv([tricky, row({ title: "Deuxième action" })]);
    const parsed = parseActionsCsv(csv, referenceData);
    const [first, second] = accepted(parsed);
    expect(first).toMatchObject({
      title: tricky.title,
      description: tricky.description,
      partners: tricky.partners,
      carrierOrganisation: tricky.carrierOrganisation,
    });
    expect(second!.title).toBe("Deuxième action");
    // The first row's description spans 4 lines of the file: the second row starts on line 6.
    expect(parsed.map((parsed) => parsed.line)).toEqual([2, 6]);
  });

  it("round-trips funding and indicator cells with separators, parentheses, decimals and blanks", () => {
    const indicators = [
      { label: "Taux d'insertion (jeunes)", unit: "", latestValue: 12.5, target: 40 },
      { label: "Ratio : hommes / femmes", unit: "m (net)", latestValue: null, target: 0.75 },
      { label: "Sites | zones \\ friches", unit: "ha", latestValue: -3, target: null },
      { label: "Entreprises accompagnées", unit: "", latestValue: null, target: null },
    ];
    const csv = exportActionsCsv([row({ indicators, fundingLines: [] })]);
    expect(csv).toContain("Taux d'insertion (jeunes) (): 12,5 / 40 | ");
    const [input] = accepted(parseActionsCsv(csv, referenceData));
    expect(input!.fundingLines).toEqual([]);
    expect(input!.indicators).toEqual(
      indicators.map((indicator) => ({
        ...indicator,
        latestValue: indicator.latestValue ?? undefined,
        target: indicator.target ?? undefined,
      })),
    );
  });

  it("neutralises spreadsheet formulas on export and restores the text on import", () => {
    const csv = exportActionsCsv([row({ title: '=HYPERLINK("http://exemple.fr")', partners: "+33 2 35 00 00 00" })]);
    expect(csv).toContain('"\'=HYPERLINK(""http://exemple.fr"")"');
    const [input] = accepted(parseActionsCsv(csv, referenceData));
    expect(input).toMatchObject({ title: '=HYPERLINK("http://exemple.fr")', partners: "+33 2 35 00 00 00" });
  });
});

describe("parseActionsCsv of files written by people", () => {
  it("accepts a file without byte order mark, with LF line ends and codes instead of labels", () => {
    const text = `${HEADER}\nAtelier robotique;infrastructures;ACCES_INFRASTRUCTURES_RESEAUX;bloquee;10 %;1/2/2026;2026-12-31;ETAT;Préfecture;;150 000 €;;;etat: 1000 / 500;\n`;
    const [input] = accepted(parseActionsCsv(text, referenceData));
    expect(input).toMatchObject({
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

  it("drops NUL characters, which the database cannot store", () => {
    const cells = planHeaders.map((header) => validCells[header as keyof typeof validCells] ?? "");
    cells[0] = "Forum\0 de l'emploi";
    const [input] = accepted(parseActionsCsv(`${HEADER}\n${cells.join(";")}\n`, referenceData));
    expect(input!.title).toBe("Forum de l'emploi");
  });

  it("skips blank rows and keeps counting lines", () => {
    const validRow = planHeaders.map((header) => validCells[header as keyof typeof validCells] ?? "").join(";");
    const parsed = parseActionsCsv(`${HEADER}\r\n\r\n;;;;;;;;;;;;;;\r\n${validRow}\r\n`, referenceData);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ ok: true, line: 4 });
  });

  it("reports each error with the line of the file and the French column name", () => {
    const parsed = parseActionsCsv(
      csvFile([
        validCells,
        { ...validCells, "Avancement (%)": "150" },
        { ...validCells, Levier: "Numérique", Statut: "Terminée", "Collège du porteur": "Associations" },
        { ...validCells, Financements: "Mécène: 100 / 50 | État: 100" },
        { ...validCells, "Début prévu": "31/02/2026", "Fin prévue": "2026/03/01" },
        { ...validCells, "Début prévu": "01/03/2026", "Fin prévue": "01/02/2026" },
        { ...validCells, Levier: "Attractivité", "Sous-thème": "Accès aux compétences", Titre: "AB" },
      ]),
      referenceData,
    );
    expect(parsed[0]).toMatchObject({ ok: true, line: 2 });
    expect(parsed.slice(1).map(({ ok, line }) => ({ ok, line }))).toEqual(
      [3, 4, 5, 6, 7, 8].map((line) => ({ ok: false, line })),
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
      { field: "Financements", message: expect.stringContaining("Financement n° 2 (« État: 100 »)") },
    ]);
    expect(errorsOf(4)).toEqual([
      { field: "Début prévu", message: "« 31/02/2026 » : cette date n'existe pas (vérifiez le jour et le mois)." },
      { field: "Fin prévue", message: expect.stringContaining("format JJ/MM/AAAA") },
    ]);
    expect(errorsOf(5)).toEqual([
      { field: "Fin prévue", message: "La fin prévue ne peut pas précéder le début prévu." },
    ]);
    expect(errorsOf(6).map((error) => error.field)).toEqual(["Titre", "Sous-thème"]);
  });

  it("names an unknown funder on the Financements column", () => {
    const [parsed] = parseActionsCsv(csvFile([{ ...validCells, Financements: "Mécène: 100 / 50" }]), referenceData);
    expect(parsed).toMatchObject({
      ok: false,
      errors: [{ field: "Financements", message: expect.stringMatching(/^Financeur inconnu : « Mécène »/) }],
    });
  });

  it("matches headers regardless of case and accents, and refuses unknown or missing columns", () => {
    const relaxed = `${HEADER.toLowerCase().replace("é", "e")}\r\n${planHeaders.map((header) => validCells[header as keyof typeof validCells] ?? "").join(";")}\r\n`;
    expect(accepted(parseActionsCsv(relaxed, referenceData))).toHaveLength(1);

    const wrong = "Titre;Levier;Priorité\r\nA;B;C\r\n";
    expect(() => parseActionsCsv(wrong, referenceData)).toThrow(CsvFileError);
    try {
      parseActionsCsv(wrong, referenceData);
    } catch (error) {
      expect((error as CsvFileError).messages).toEqual([
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
        return (error as CsvFileError).message;
      }
      return "accepted";
    };
    expect(message("")).toBe("Le fichier est vide.");
    expect(message(`${BOM}${HEADER}\r\n`)).toMatch(/^Le fichier ne contient aucune action/);
    expect(message(planHeaders.join(",") + "\nA,B\n")).toMatch(/séparées par des points-virgules/);
    expect(message(`${HEADER}\r\n"Titre sans fin;Compétences\r\n`)).toMatch(/ligne \d+\) : un guillemet « " » ouvert/);
  });
});

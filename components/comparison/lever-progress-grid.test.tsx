import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ComparisonRow } from "@/lib/dashboard/types";
import { comparisonRow } from "@/tests/comparison-rows";
import { LeverProgressGrid } from "./lever-progress-grid";

const rows: ComparisonRow[] = [
  comparisonRow("Axe Seine", {
    progressByLever: { COMPETENCES: 45, ATTRACTIVITE: null },
    statusCounts: { EN_COURS: 2 },
    actionCount: 2,
  }),
];
const levers = [
  { code: "COMPETENCES", label: "Compétences" },
  { code: "ATTRACTIVITE", label: "Attractivité" },
];

describe("LeverProgressGrid", () => {
  it("writes each average as a percentage, a dash without action, and links the territory to its dashboard", () => {
    const html = renderToStaticMarkup(
      <LeverProgressGrid rows={rows} levers={levers} unitHref={(slug) => `/territoires/${slug}?lever=X`} />,
    ).replace(/\u00a0/g, " ");
    expect(html).toContain(
      '<th scope="row"><a class="fr-link" href="/territoires/axe-seine?lever=X">Axe Seine</a></th>',
    );
    expect(html).toContain("45 %");
    expect(html).toContain('<span aria-hidden="true">—</span><span class="fr-sr-only">aucune action</span>');
    expect(html).toContain('<th scope="col">Compétences</th><th scope="col">Attractivité</th>');
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ComparisonRow } from "@/lib/dashboard/types";
import { comparisonRow } from "@/tests/comparison-rows";
import { GovernanceComparison } from "./governance-comparison";

function row(slug: string, governance: ComparisonRow["governance"]): ComparisonRow {
  return comparisonRow(slug, { unit: { id: slug, slug, name: slug }, governance });
}

describe("GovernanceComparison", () => {
  it("gives each territory its last séance (or a dash read as « aucune séance ») and its decisions", () => {
    const html = renderToStaticMarkup(
      <GovernanceComparison
        asOf="2026-06-15"
        unitHref={(slug) => `/territoires/${slug}`}
        rows={[
          row("axe-seine", {
            lastMeetingAt: new Date("2026-05-12T12:00:00Z"),
            openDecisionCount: 4,
            overdueDecisionCount: 1,
            awaitingMinutesCount: 2,
          }),
          row("sud-manche", {
            lastMeetingAt: null,
            openDecisionCount: 0,
            overdueDecisionCount: 0,
            awaitingMinutesCount: 0,
          }),
        ]}
      />,
    );
    for (const column of [
      "Territoire",
      "Dernière séance",
      "Décisions en cours",
      "Décisions en retard",
      "Relevés à valider",
    ]) {
      expect(html).toContain(`<th scope="col">${column}</th>`);
    }
    expect(html).toContain("<td>12 mai 2026</td><td>4</td><td>1</td><td>2</td>");
    expect(html).toContain('<span aria-hidden="true">—</span><span class="fr-sr-only">aucune séance</span>');
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VigilanceList } from "./vigilance-list";

const overdue = {
  decisionId: "d1",
  text: "Relancer les financeurs",
  meetingId: "m1",
  meetingStartsAt: new Date("2026-05-12T12:00:00Z"),
  dueDate: "2026-06-10",
};

describe("VigilanceList", () => {
  it("writes an overdue decision out with its séance and due date, linked to its action or else its séance", () => {
    const html = renderToStaticMarkup(
      <VigilanceList
        slug="axe-seine"
        items={[]}
        itemCount={0}
        overdueDecisions={[
          { ...overdue, actionId: "a1" },
          { ...overdue, decisionId: "d2", actionId: null },
        ]}
        overdueDecisionCount={3}
        asOf="2026-06-15"
      />,
    ).replace(/\u00a0/g, " ");
    expect(html).toContain('href="/territoires/axe-seine/actions/a1"');
    expect(html).toContain('href="/territoires/axe-seine/seances/m1"');
    expect(html).toContain("Décision en retard : Relancer les financeurs");
    expect(html).toContain("séance du 12 mai 2026, échéance 10 juin 2026");
    expect(html).toContain("2 décisions en retard affichées sur 3.");
  });

  it("lists the most urgent points on the dashboard, with the badge of their reason, and links to the report for the rest", () => {
    const items = Array.from({ length: 12 }, (_, index) => ({
      actionId: `a${index}`,
      title: `Action ${index}`,
      leverLabel: "Compétences",
      statusLabel: "Bloquée",
      reason: "blocked" as const,
      plannedEndDate: null,
      progress: 30,
    }));
    const html = renderToStaticMarkup(
      <VigilanceList
        slug="axe-seine"
        items={items}
        itemCount={57}
        shortList={{ limit: 10, reportHref: "/territoires/axe-seine/rapport" }}
        overdueDecisions={[]}
        overdueDecisionCount={0}
        asOf="2026-06-15"
      />,
    ).replace(/\u00a0/g, " ");
    expect(html).toContain("Action 9");
    expect(html).not.toContain("Action 10");
    expect(html).toContain('<span class="fr-badge fr-badge--sm fr-badge--error fr-mr-1w">Bloquée</span>');
    expect(html).toContain("10 actions affichées sur 57, les plus en retard d&#x27;abord.");
    expect(html).toContain('href="/territoires/axe-seine/rapport"');
    expect(html).toContain("Voir les 57 actions en retard ou bloquées dans le rapport du comité");
  });

  it("says when there is nothing to watch", () => {
    const html = renderToStaticMarkup(
      <VigilanceList
        slug="axe-seine"
        items={[]}
        itemCount={0}
        overdueDecisions={[]}
        overdueDecisionCount={0}
        asOf="2026-06-15"
      />,
    );
    expect(html).toContain("Aucune action en retard ni bloquée, aucune décision en retard.");
  });
});

import { expect, test } from "@playwright/test";
import { expectAccessible } from "../fixtures/accessibility";
import { accounts } from "../fixtures/accounts";
import { ComparisonPage } from "../pages/comparison.pom";
import { LoginPage } from "../pages/login.pom";
import { TerritoryMap } from "../pages/territory-map.pom";

const NORMANDY = [
  "Axe Seine",
  "Caen Industrie",
  "Collines de Normandie",
  "Côte d'Albâtre",
  "Lisieux Industrie",
  "Nord Cotentin",
  "Pays de l'Aigle",
  "Sud Manche",
  "Vallée de l'Huisne",
  "Vallée de la Bresle",
];

test.describe("Map of the territories", () => {
  test("a Région officer sees the ten territories coloured by the chosen indicator, the same figures as the table", async ({
    page,
  }) => {
    await new LoginPage(page).signIn(accounts.region);
    const comparison = new ComparisonPage(page);
    await comparison.goto();
    const map = new TerritoryMap(page);

    await expect(map.map()).toHaveAccessibleName("Carte : avancement moyen par territoire");
    await expect(map.shapes()).toHaveCount(10);
    const names = await map.shapes().evaluateAll((links) => links.map((link) => link.getAttribute("aria-label")));
    expect(names.map((name) => name!.split(",")[0])).toEqual(NORMANDY);
    for (const name of names) expect(name).toMatch(/, avancement moyen : \d+ %$/);
    // The figure each shape names is the table's.
    const rows = await map
      .tableRows("Avancement moyen")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()).join(", avancement moyen : ")),
      );
    expect(names).toEqual(rows);
    await expect(map.attribution()).toBeVisible();

    // The indicator lands in the URL, recolours the map and survives a new filter.
    await map.chooseIndicator("Actions en retard ou bloquées");
    await expect(page).toHaveURL(/[?&]carte=vigilance/);
    await expect(map.map()).toHaveAccessibleName("Carte : actions en retard ou bloquées par territoire");
    await expect(map.shape("Sud Manche")).toHaveAccessibleName(/^Sud Manche, actions en retard ou bloquées : \d+ %$/);
    await comparison.filterByLever("Compétences");
    await expect(page).toHaveURL(/[?&]lever=COMPETENCES/);
    await expect(page).toHaveURL(/[?&]carte=vigilance/);
    await map.chooseIndicator("Financements accordés");
    await expect(map.shape("Axe Seine")).toHaveAccessibleName(/^Axe Seine, financements accordés : [\d\s]+€$/);
    await map.chooseIndicator("Décisions en retard");
    await expect(map.shape("Axe Seine")).toHaveAccessibleName(/^Axe Seine, décisions en retard : \d+$/);

    await expectAccessible(page);
  });

  test("every shape is reached with the keyboard, shows its figure on focus and opens the dashboard", async ({
    page,
  }) => {
    await new LoginPage(page).signIn(accounts.etat);
    await new ComparisonPage(page).goto();
    const map = new TerritoryMap(page);

    await map.indicatorChoices().last().focus();
    for (const territory of NORMANDY) {
      await page.keyboard.press("Tab");
      await expect(map.shape(territory)).toBeFocused();
      await expect(map.tooltip()).toHaveText(new RegExp(`^${territory} : \\d+ %$`));
    }
    await map.shape("Vallée de la Bresle").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/territoires\/vallee-de-la-bresle/);
    await expect(page.getByRole("heading", { level: 1, name: "Vallée de la Bresle" })).toBeVisible();

    // The territory's own map: its three intercommunalités, numbered, with their population.
    const intercommunalities = map.intercommunalities("Vallée de la Bresle");
    await expect(intercommunalities).toBeVisible();
    await expect(intercommunalities.getByRole("img")).toBeVisible();
    await expect(intercommunalities.getByRole("listitem")).toHaveText([
      /^CC Interrégionale Aumale - Blangy-sur-Bresle \([\d\s]+ habitants\)$/,
      /^CC des Villes Soeurs \([\d\s]+ habitants\)$/,
      /^CC du Vimeu \([\d\s]+ habitants\)$/,
    ]);
    await expect(map.attribution()).toBeVisible();
  });

  test("Vallée de la Bresle, across two regions, is drawn whole for the Hauts-de-France too", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.regionHautsDeFrance);
    await new ComparisonPage(page).goto();
    const map = new TerritoryMap(page);

    await expect(map.shapes()).toHaveCount(1);
    const bresle = map.shape("Vallée de la Bresle");
    await expect(bresle).toHaveAccessibleName(/^Vallée de la Bresle, avancement moyen : \d+ %$/);
    // One outline: its Seine-Maritime and Somme intercommunalités united, no border between them.
    const outline = await bresle.locator("path").getAttribute("d");
    expect(outline!.match(/M/g)).toHaveLength(1);
    await expect(map.table("Avancement moyen").getByRole("rowheader")).toHaveText(["Vallée de la Bresle"]);
  });

  test("national users see the map once they choose a region", async ({ page }) => {
    await new LoginPage(page).signIn(accounts.admin);
    const comparison = new ComparisonPage(page);
    await comparison.goto();
    const map = new TerritoryMap(page);

    await expect(map.map()).toHaveCount(0);
    await expect(
      page.getByText(/Choisissez une région pour comparer ses territoires et les voir sur une carte/),
    ).toBeVisible();
    await comparison.openRegion("Normandie");
    await expect(map.shapes()).toHaveCount(10);
  });
});

import { BENCH_PERIOD } from "./dataset";

export type BenchPage = {
  key: "floor" | "territory" | "region" | "national" | "actions" | "nextStartFloor";
  name: string;
  path: string;
  /** Who opens it: the élue of the territory, the Region's officer, the national team. */
  user: "elu" | "region" | "national";
};

/** The floor page served by `next start` rather than our server: the framework's own floor. */
export const nextStartFloorPage: BenchPage = {
  key: "nextStartFloor",
  name: "Floor page under `next start` (reference)",
  path: "/sante",
  user: "elu",
};

/** The pages the benchmark loads, with the period the dataset is active in. */
export function benchPages(territorySlug: string): BenchPage[] {
  const period = `from=${BENCH_PERIOD.from}&to=${BENCH_PERIOD.to}`;
  return [
    { key: "floor", name: "Floor page (select 1)", path: "/sante", user: "elu" },
    {
      key: "territory",
      name: "Territory dashboard",
      path: `/territoires/${territorySlug}?${period}`,
      user: "elu",
    },
    { key: "region", name: "Regional comparison (largest region)", path: `/comparaison?${period}`, user: "region" },
    { key: "national", name: "National comparison", path: `/comparaison?${period}`, user: "national" },
    {
      key: "actions",
      name: "Filtered action plan",
      path: `/territoires/${territorySlug}/actions?lever=COMPETENCES&status=EN_COURS&sort=plannedEndDate`,
      user: "elu",
    },
  ];
}

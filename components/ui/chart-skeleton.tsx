/** Stands for a chart while its figures load (inside `<Suspense>`): same place, same height. */
export function ChartSkeleton({ title, height = 300 }: { title: string; height?: number }) {
  return (
    <div className="fr-mb-6w" aria-busy="true">
      <p className="fr-h5 fr-mb-1w">{title}</p>
      <p className="fr-mb-2w">Chargement du graphique…</p>
      <div style={{ height, background: "var(--background-contrast-grey)", borderRadius: 4 }} />
    </div>
  );
}

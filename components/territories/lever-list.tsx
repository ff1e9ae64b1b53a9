import type { LeverSummary } from "@/lib/territories/queries";

export function LeverList({ levers }: { levers: LeverSummary[] }) {
  return (
    <section aria-labelledby="leviers-titre" className="fr-mb-6w">
      <h2 id="leviers-titre">Les leviers du programme</h2>
      <div className="fr-grid-row fr-grid-row--gutters">
        {levers.map((lever) => (
          <div key={lever.code} className="fr-col-12 fr-col-md-4">
            <div className="fr-tile fr-tile--no-icon">
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h3 className="fr-tile__title">{lever.label}</h3>
                  <p className="fr-tile__desc">{lever.description}</p>
                  <p className="fr-tile__detail">{lever.subThemes.join(" · ")}</p>
                </div>
              </div>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

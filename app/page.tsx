import { redirect } from "next/navigation";
import { TerritoryChooser } from "@/components/territories/territory-chooser";
import { isCommitteeCollege } from "@/lib/auth/permissions";
import { requireSessionUser } from "@/lib/auth/session";
import { listTerritoryChoices } from "@/lib/territories/queries";

/** Home after sign-in: committee members go to their territory, the others compare the territories they follow. */
export default async function HomePage() {
  const user = await requireSessionUser();
  if (isCommitteeCollege(user.college)) {
    const territories = await listTerritoryChoices(user);
    if (territories.length === 1) redirect(`/territoires/${territories[0]!.slug}`);
    return <TerritoryChooser userName={user.name} territories={territories} />;
  }
  redirect("/comparaison");
}

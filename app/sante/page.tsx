import type { Metadata } from "next";
import { connection } from "next/server";
import { checkDatabase } from "@/lib/health/queries";

export const metadata: Metadata = { title: "État du service" };

/**
 * Whether the service and its database answer, for whoever wonders whether it is down. Also the
 * benchmark's floor: a dynamic page whose only work is one `select 1`.
 */
export default async function HealthPage() {
  await connection();
  const database = await checkDatabase();
  return (
    <>
      <h1>État du service</h1>
      <p role="status">
        {database.reachable
          ? "Le service fonctionne : la base de données répond."
          : "Le service est dégradé : la base de données ne répond pas."}
      </p>
    </>
  );
}

import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// Notifications sign their unsubscribe links with the app's secret, as a deployment sets it.
process.env.NEXTAUTH_SECRET ??= "secret-de-test-de-ti-pilotage";

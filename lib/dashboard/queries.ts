import "server-only";

// The dashboards' read side: every figure is computed by PostgreSQL in a bounded number of queries
// (7 per territory dashboard, 4–5 per comparison), scoped with territoryScope like every read.
export { getTerritoryDashboard } from "./territory-queries";
export { getComparison, getComparisonScopeLabel } from "./comparison-queries";

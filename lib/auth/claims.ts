/** Who a request says it is (a session cookie or a personal API token), before the database confirms it. */
export type SessionClaims = { userId: string; sessionVersion: number };

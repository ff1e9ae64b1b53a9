/** Prefix of the error next-auth hands back to the login page when attempts are throttled. */
export const THROTTLED_PREFIX = "THROTTLED:";

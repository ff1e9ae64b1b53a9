// Where to send someone after sign-in. A return URL comes from the query string, so anyone can
// write it: an open redirect would hand phishers a link that starts on our domain. Judging it
// with string tests misses what browsers forgive ("/\evil.example", "/\t/evil.example" and
// "/.//evil.example" all lead off-site), so it is resolved the way a browser resolves it, against
// our origin, and kept only when it stays there. Client-safe.

// Any fixed origin will do: only whether the URL keeps it matters. Both schemes, because
// "https:evil.example" stays on an https origin but leaves an http one.
const OWN_ORIGINS = ["https://ti-pilotage.invalid", "http://ti-pilotage.invalid"];

function resolvesOnOwnOrigin(raw: string, origin: string): URL | null {
  try {
    const url = new URL(raw, origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

export function safeReturnPath(value: unknown, fallback = "/"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "") return fallback;
  const resolved = OWN_ORIGINS.map((origin) => resolvesOnOwnOrigin(raw, origin));
  const url = resolved[0];
  if (!url || resolved.some((candidate) => candidate === null)) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example", which a browser reads as another host.
  return path.startsWith("//") ? fallback : path;
}

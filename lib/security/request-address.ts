import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "./client-address";

/** The client address of the current request (server actions), as scripts/serve.ts resolved it. */
export async function currentClientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

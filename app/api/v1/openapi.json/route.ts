import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/api/route";

// Public: it describes the API, it holds no data.
export const GET = apiRoute(async () => Response.json(openApiDocument()));

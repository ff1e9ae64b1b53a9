import { describe, expect, it } from "vitest";
import { parseServerTiming } from "./server-timing";

describe("parseServerTiming", () => {
  it("reads the database time, query count, render and total of our header", () => {
    expect(
      parseServerTiming(
        'db;dur=40.1;desc="Database (15 queries)", render;dur=26.9;desc="Render", total;dur=67.1;desc="Total"',
      ),
    ).toEqual({ db: 40.1, queries: 15, render: 26.9, total: 67.1 });
    expect(parseServerTiming('db;dur=0.4;desc="Database (1 query)"').queries).toBe(1);
    expect(parseServerTiming("").db).toBeNaN();
  });
});

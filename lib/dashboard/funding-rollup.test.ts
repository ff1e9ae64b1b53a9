import { describe, expect, it } from "vitest";
import { recordFunding, updateAction } from "@/lib/actions/mutations";
import { getPrisma } from "@/lib/db";
import { actionUpdateInput, createActionAs } from "@/tests/actions";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";

// Action.fundingRequested / fundingGranted are a rollup kept by a trigger on FundingLine (the
// comparison reads them instead of joining every funding line): they must always equal the sums.

const prisma = getPrisma();

async function rollupOf(actionId: string) {
  const [row] = await prisma.$queryRaw<{ stored: number[]; summed: number[] }[]>`
    SELECT ARRAY[a."fundingRequested", a."fundingGranted"] AS stored,
           ARRAY[COALESCE(SUM(f."amountRequested"), 0), COALESCE(SUM(f."amountGranted"), 0)]::float8[] AS summed
    FROM "Action" a LEFT JOIN "FundingLine" f ON f."actionId" = a.id
    WHERE a.id = ${actionId}::uuid
    GROUP BY a.id`;
  return row!;
}

describe("the funding rollup of an action", () => {
  it("follows creation, replacement of the lines, an institution's commitment and direct deletes", async () => {
    const binome = await createUser({ college: "ELU", territories: [{ slug: "axe-seine", isBinome: true }] });
    const { actionId } = await createActionAs(binome, "axe-seine", {
      fundingLines: [
        { funderCode: "ETAT", amountRequested: "100000", amountGranted: "80000" },
        { funderCode: "EUROPE", amountRequested: "50000", amountGranted: "0" },
      ],
    });
    expect(await rollupOf(actionId)).toEqual({ stored: [150000, 80000], summed: [150000, 80000] });

    actAs(binome);
    const updated = await updateAction({
      ...(await actionUpdateInput("axe-seine", { actionId, version: 1 })),
      fundingLines: [{ funderCode: "REGION", amountRequested: "1250000", amountGranted: "300000" }],
    });
    expect(updated).toMatchObject({ ok: true });
    expect(await rollupOf(actionId)).toEqual({ stored: [1250000, 300000], summed: [1250000, 300000] });

    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect(
      await recordFunding({
        actionId,
        version: 2,
        funderCode: "ETAT",
        amountRequested: "40000",
        amountGranted: "40000",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordFunding({
        actionId,
        version: 3,
        funderCode: "ETAT",
        amountRequested: "40000",
        amountGranted: "25000",
      }),
    ).toMatchObject({ ok: true });
    expect(await rollupOf(actionId)).toEqual({ stored: [1290000, 325000], summed: [1290000, 325000] });

    await prisma.fundingLine.deleteMany({ where: { actionId, funderCode: "REGION" } });
    expect(await rollupOf(actionId)).toEqual({ stored: [40000, 25000], summed: [40000, 25000] });
  });

  it("is zero for an action without funding, and equals the sums for every action", async () => {
    const member = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "axe-seine" }] });
    const { actionId } = await createActionAs(member, "axe-seine", { fundingLines: [] });
    expect(await rollupOf(actionId)).toEqual({ stored: [0, 0], summed: [0, 0] });
    const [mismatches] = await prisma.$queryRaw<{ count: number }[]>`
      SELECT COUNT(*)::int AS count
      FROM "Action" a
      LEFT JOIN (
        SELECT "actionId", SUM("amountRequested")::float8 AS requested, SUM("amountGranted")::float8 AS granted
        FROM "FundingLine" GROUP BY "actionId"
      ) f ON f."actionId" = a.id
      WHERE a."fundingRequested" <> COALESCE(f.requested, 0) OR a."fundingGranted" <> COALESCE(f.granted, 0)`;
    expect(mismatches!.count).toBe(0);
  });
});

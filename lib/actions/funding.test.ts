import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { createActionAs } from "@/tests/actions";
import { actAs } from "@/tests/session";
import { recordFunding } from "./mutations";

const prisma = getPrisma();

async function actionOnAxeSeine() {
  const member = await createUser({ college: "ELU", territories: [{ slug: "axe-seine" }] });
  const { actionId } = await createActionAs(member, "axe-seine");
  return { member, actionId };
}

const linesOf = (actionId: string) =>
  prisma.fundingLine
    .findMany({ where: { actionId }, orderBy: { position: "asc" } })
    .then((lines) => lines.map((line) => [line.funderCode, line.amountRequested, line.amountGranted]));
const auditCount = (actionId: string) => prisma.auditEvent.count({ where: { entityId: actionId } });

describe("recordFunding", () => {
  it("lets the Région of the territory record its own commitment, audited once", async () => {
    const { actionId } = await actionOnAxeSeine();
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    const result = await recordFunding({
      actionId,
      version: 1,
      funderCode: "REGION",
      amountRequested: "60 000",
      amountGranted: "45000",
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await linesOf(actionId)).toEqual([
      ["ETAT", 100000, 80000],
      ["REGION", 60000, 45000],
    ]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: actionId, operation: "funding" } });
    expect(event.before).toMatchObject({ fundingLines: [{ funderCode: "ETAT" }] });
    expect(await auditCount(actionId)).toBe(2);
  });

  it("updates the State's existing line rather than adding one", async () => {
    const { actionId } = await actionOnAxeSeine();
    actAs(await createUser({ college: "ETAT", regionCode: "28" }));
    expect(
      await recordFunding({
        actionId,
        version: 1,
        funderCode: "ETAT",
        amountRequested: "100000",
        amountGranted: "100000",
      }),
    ).toMatchObject({
      ok: true,
    });
    expect(await linesOf(actionId)).toEqual([["ETAT", 100000, 100000]]);
  });

  it("refuses another institution's line, another region, anonymous, bad input and stale versions, writing nothing", async () => {
    const { actionId } = await actionOnAxeSeine();
    const region = await createUser({ college: "REGION", regionCode: "28" });
    const input = { actionId, version: 1, funderCode: "REGION", amountRequested: "1000", amountGranted: "0" };
    const refusals = [
      { user: region, input: { ...input, funderCode: "ETAT" }, code: "FORBIDDEN" },
      { user: await createUser({ college: "REGION", regionCode: "32" }), input, code: "NOT_FOUND" },
      {
        user: await createUser({ college: "ELU", territories: [{ slug: "caen-industrie" }] }),
        input,
        code: "NOT_FOUND",
      },
      { user: null, input, code: "UNAUTHENTICATED" },
      { user: region, input: { ...input, amountGranted: "-3" }, code: "VALIDATION" },
      { user: region, input: { ...input, version: 7 }, code: "CONFLICT" },
    ];
    for (const { user, input: attempt, code } of refusals) {
      actAs(user);
      expect(await recordFunding(attempt)).toMatchObject({ ok: false, code });
    }
    expect(await linesOf(actionId)).toEqual([["ETAT", 100000, 80000]]);
    expect(await auditCount(actionId)).toBe(1);
  });

  it("lets a committee member record any funder", async () => {
    const { member, actionId } = await actionOnAxeSeine();
    actAs(member);
    expect(
      await recordFunding({
        actionId,
        version: 1,
        funderCode: "BPIFRANCE",
        amountRequested: "30000",
        amountGranted: "0",
      }),
    ).toMatchObject({
      ok: true,
    });
    expect((await linesOf(actionId)).map(([funder]) => funder)).toEqual(["ETAT", "BPIFRANCE"]);
  });
});

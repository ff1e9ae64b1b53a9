import { describe, expect, it } from "vitest";
import { listActionHistoryEntries } from "@/lib/actions/history/queries";
import { listAuditLog } from "@/lib/audit/queries";
import { getPrisma } from "@/lib/db";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { clearActionFlag, flagActionForDiscussion } from "./flag-mutations";

const prisma = getPrisma();
const SLUG = "caen-industrie"; // no other test plans séances there: planning would take the flags up

async function actionOfTerritory() {
  const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
  const action = await createActionAs(chef, SLUG, { title: `Action à discuter ${crypto.randomUUID()}` });
  return { chef, actionId: action.actionId };
}

const flagOf = (actionId: string) => prisma.actionDiscussionFlag.findUnique({ where: { actionId } });

describe("flagActionForDiscussion", () => {
  it("lets a committee member flag an action with a reason, then remove the flag, both journaled", async () => {
    const { actionId } = await actionOfTerritory();
    const member = await createUser({ college: "INDUSTRIEL", territories: [{ slug: SLUG }] });
    actAs(member);
    expect(await flagActionForDiscussion({ actionId, reason: "  Le calendrier dérape  " })).toMatchObject({
      ok: true,
    });
    expect(await flagOf(actionId)).toMatchObject({ raisedById: member.id, reason: "Le calendrier dérape" });

    expect(await clearActionFlag({ actionId })).toMatchObject({ ok: true });
    expect(await flagOf(actionId)).toBeNull();

    const admin = await permissionUserOf(await createUser({ college: "ADMIN" }));
    const journal = await listAuditLog(admin, { page: 1, person: member.id });
    const history = await listActionHistoryEntries(actionId);
    expect(history.find((entry) => entry.operation === "action.flag")?.changes).toEqual([
      { field: "discussionFlag", label: "Raison", before: "(vide)", after: "Le calendrier dérape" },
    ]);
    expect(history.find((entry) => entry.operation === "action.unflag")?.changes).toEqual([]);
    expect(journal.items.map((entry) => entry.operationLabel)).toEqual(
      expect.arrayContaining(["Signalée « à discuter en séance »", "Signalement « à discuter en séance » retiré"]),
    );
  });

  it("lets anyone who follows the action flag it without a reason", async () => {
    const { chef, actionId } = await actionOfTerritory();
    actAs(chef);
    expect(await flagActionForDiscussion({ actionId })).toMatchObject({ ok: true });
    expect(await flagOf(actionId)).toMatchObject({ reason: "" });
  });

  it("refuses, writing nothing: another territory, the Région, anonymous, a bad input", async () => {
    const { actionId } = await actionOfTerritory();
    const events = () => prisma.auditEvent.count({ where: { entityId: actionId } });
    const before = await events();
    actAs(await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] }));
    expect(await flagActionForDiscussion({ actionId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(await createUser({ college: "REGION", regionCode: "28" }));
    expect(await flagActionForDiscussion({ actionId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await flagActionForDiscussion({ actionId })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(await createUser({ college: "ELU", territories: [{ slug: SLUG }] }));
    expect(await flagActionForDiscussion({ actionId, reason: "x".repeat(301) })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: ["La raison ne peut pas dépasser 300 caractères : résumez-la en une phrase."] },
    });
    expect(await flagActionForDiscussion({ actionId: "pas-un-identifiant" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(await flagOf(actionId)).toBeNull();
    expect(await events()).toBe(before);
  });

  it("refuses to flag twice or to remove a flag that is not there, keeping the first flag", async () => {
    const { chef, actionId } = await actionOfTerritory();
    actAs(chef);
    expect(await flagActionForDiscussion({ actionId, reason: "Première demande" })).toMatchObject({ ok: true });
    const events = () => prisma.auditEvent.count({ where: { entityId: actionId } });
    const before = await events();
    expect(await flagActionForDiscussion({ actionId, reason: "Seconde demande" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Cette action est déjà signalée « à discuter en séance ».",
    });
    expect(await flagOf(actionId)).toMatchObject({ reason: "Première demande" });
    expect(await clearActionFlag({ actionId })).toMatchObject({ ok: true });
    expect(await clearActionFlag({ actionId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await events()).toBe(before + 1);
  });
});

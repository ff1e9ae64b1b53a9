import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { actionUpdateInput, createActionAs } from "@/tests/actions";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { updateAction } from "./mutations";

const prisma = getPrisma();
const SLUG = "axe-seine";

describe("the porteur's contact person", () => {
  it("is a member of the action's committee, recorded in the history, kept when absent and cleared when emptied", async () => {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
    const contact = await createUser({ college: "INDUSTRIEL", territories: [{ slug: SLUG }] });
    const created = await createActionAs(chef, SLUG, { carrierContactId: contact.id });
    const stored = await prisma.action.findUniqueOrThrow({ where: { id: created.actionId } });
    expect(stored.carrierContactId).toBe(contact.id);
    const creation = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: created.actionId, operation: "create" },
    });
    expect(creation.after).toMatchObject({ carrierContactId: contact.id });

    actAs(chef);
    // A plan file or an API call without the field leaves the contact as it is.
    const withoutContact = await actionUpdateInput(SLUG, {
      actionId: created.actionId,
      version: created.version,
      title: "Titre changé sans toucher au contact",
    });
    expect(withoutContact).not.toHaveProperty("carrierContactId");
    const kept = await updateAction(withoutContact);
    expect(kept).toMatchObject({ ok: true });
    expect((await prisma.action.findUniqueOrThrow({ where: { id: created.actionId } })).carrierContactId).toBe(
      contact.id,
    );

    const cleared = await updateAction(
      await actionUpdateInput(SLUG, { actionId: created.actionId, version: created.version + 1, carrierContactId: "" }),
    );
    expect(cleared).toMatchObject({ ok: true });
    expect((await prisma.action.findUniqueOrThrow({ where: { id: created.actionId } })).carrierContactId).toBeNull();
  });

  it("refuses someone who is not on the territory's committee", async () => {
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: SLUG }] });
    const outsider = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "caen-industrie" }] });
    const created = await createActionAs(chef, SLUG);
    actAs(chef);
    const refused = await updateAction(
      await actionUpdateInput(SLUG, {
        actionId: created.actionId,
        version: created.version,
        carrierContactId: outsider.id,
      }),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        carrierContactId: ["La personne contact du porteur doit être membre du comité de pilotage du territoire."],
      },
    });
  });
});

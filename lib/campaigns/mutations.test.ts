import { describe, expect, it } from "vitest";
import { addDays, dayToDate, todayInFrance } from "@/lib/dates";
import { getPrisma } from "@/lib/db";
import { recordProgress } from "@/lib/actions/progress/mutations";
import { createActionAs, permissionUserOf } from "@/tests/actions";
import { createUser, territoryId, type TestUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { acceptSubmission, openCampaign, returnSubmission, submitReport } from "./mutations";
import { getCampaign, getCampaignReport, listAcceptedSnapshots, listCampaigns } from "./queries";

const prisma = getPrisma();
const CAEN = "caen-industrie";
const EVREUX = "lisieux-industrie";

async function slugExists(slug: string) {
  return (await prisma.territory.count({ where: { slug } })) === 1;
}

async function officer(): Promise<TestUser> {
  return createUser({ college: "ETAT", regionCode: "28" });
}

async function open(by: TestUser, slugs: string[], overrides: Record<string, unknown> = {}) {
  actAs(by);
  const today = todayInFrance();
  const result = await openCampaign({
    name: `Bilan ${crypto.randomUUID().slice(0, 8)}`,
    asOf: today,
    deadline: addDays(today, 30),
    territoryIds: await Promise.all(slugs.map(territoryId)),
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.campaignId;
}

async function reportOf(campaignId: string, slug: string) {
  return prisma.campaignReport.findFirstOrThrow({ where: { campaignId, territoryId: await territoryId(slug) } });
}

describe("follow-up campaigns", () => {
  it("uses territories of the seed", async () => {
    expect(await slugExists(CAEN)).toBe(true);
    expect(await slugExists(EVREUX)).toBe(true);
  });

  it("lets a State officer open a campaign for territories of their region, journaled", async () => {
    const etat = await officer();
    const campaignId = await open(etat, [CAEN, EVREUX]);
    const reports = await prisma.campaignReport.findMany({ where: { campaignId } });
    expect(reports).toHaveLength(2);
    expect(reports.every((report) => report.state === "OPEN")).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: campaignId, operation: "campaign.open" },
    });
    expect(event).toMatchObject({ actorId: etat.id, entityType: "campaign", regionCodes: ["28"] });
    const listed = await listCampaigns(await permissionUserOf(etat));
    expect(listed.find((campaign) => campaign.id === campaignId)).toMatchObject({ reportCount: 2, submittedCount: 0 });
  });

  it("refuses to open a campaign outside the officer's region, or for a committee member, and checks dates", async () => {
    const hautsDeFrance = await createUser({ college: "REGION", regionCode: "32" });
    actAs(hautsDeFrance);
    const today = todayInFrance();
    const input = { name: "Bilan", asOf: today, deadline: today, territoryIds: [await territoryId(CAEN)] };
    expect(await openCampaign(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const elu = await createUser({ college: "ELU", territories: [{ slug: CAEN, isBinome: true }] });
    actAs(elu);
    expect(await openCampaign(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(await officer());
    expect(await openCampaign({ ...input, deadline: addDays(today, -1), territoryIds: [] })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        deadline: ["L'échéance doit être postérieure ou égale à la date d'arrêté des chiffres."],
        territoryIds: ["Choisissez au moins un territoire."],
      },
    });
  });

  it("starts a territory's period the day after its previous campaign's as-of date", async () => {
    const etat = await officer();
    const first = await open(etat, [EVREUX], { asOf: "2020-06-30", deadline: "2020-07-15" });
    const second = await open(etat, [EVREUX], { asOf: "2020-12-31", deadline: "2021-01-15" });
    expect((await reportOf(second, EVREUX)).periodStart).toEqual(dayToDate("2020-07-01"));
    // The first reported on a day already past at its opening: the update interval before it.
    const { updateIntervalDays } = await prisma.territory.findUniqueOrThrow({ where: { slug: EVREUX } });
    expect((await reportOf(first, EVREUX)).periodStart).toEqual(
      dayToDate(addDays("2020-06-30", 1 - updateIntervalDays)),
    );
  });

  it("freezes a submitted report: later points do not change it, nor can the database", async () => {
    const etat = await officer();
    const binome = await createUser({ college: "ELU", territories: [{ slug: CAEN, isBinome: true }] });
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: CAEN }] });
    const action = await createActionAs(chef, CAEN, { title: `Action suivie ${crypto.randomUUID()}` });
    const campaignId = await open(etat, [CAEN]);
    const report = await reportOf(campaignId, CAEN);

    actAs(chef);
    expect(await submitReport({ reportId: report.id, version: report.version })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(binome);
    const submitted = await submitReport({ reportId: report.id, version: report.version });
    expect(submitted).toMatchObject({ ok: true });
    expect(await submitReport({ reportId: report.id, version: report.version + 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    const detail = (await getCampaignReport(await permissionUserOf(binome), campaignId, CAEN))!;
    const frozen = detail.submissions[0]!.snapshot;
    const frozenAction = frozen.actions.find((candidate) => candidate.id === action.actionId)!;
    expect(frozenAction).toMatchObject({ progress: 20, statusLabel: "En cours", updatedInPeriod: true });
    expect(detail.completion.state).toBe("SUBMITTED");
    expect(detail.completion.concernedCount).toBe(frozen.completion.concernedCount);

    // A later point d'avancement changes the plan, not what was submitted.
    actAs(chef);
    const stored = await prisma.action.findUniqueOrThrow({ where: { id: action.actionId } });
    expect(
      await recordProgress({
        actionId: action.actionId,
        version: stored.version,
        date: todayInFrance(),
        progress: "90",
        statusCode: "EN_COURS",
      }),
    ).toMatchObject({ ok: true });
    const again = (await getCampaignReport(await permissionUserOf(binome), campaignId, CAEN))!;
    expect(again.submissions[0]!.snapshot).toEqual(frozen);

    const submissionId = again.submissions[0]!.id;
    await expect(
      prisma.$executeRaw`UPDATE "CampaignSubmission" SET snapshot = '{}' WHERE id = ${submissionId}::uuid`,
    ).rejects.toThrow(/frozen/);
    await expect(prisma.campaignSubmission.delete({ where: { id: submissionId } })).rejects.toThrow();
  });

  it("lets the officer return a submission with a comment, then accept the resubmission, once", async () => {
    const etat = await officer();
    const binome = await createUser({ college: "INDUSTRIEL", territories: [{ slug: EVREUX, isBinome: true }] });
    const campaignId = await open(etat, [EVREUX]);
    const report = await reportOf(campaignId, EVREUX);
    actAs(binome);
    const first = await submitReport({ reportId: report.id, version: report.version });
    if (!first.ok) throw new Error(JSON.stringify(first));

    // The binôme cannot rule on its own report; an officer of another region cannot either.
    expect(await returnSubmission({ submissionId: first.data.submissionId, comment: "x" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(await createUser({ college: "ETAT", regionCode: "32" }));
    expect(await acceptSubmission({ submissionId: first.data.submissionId })).toMatchObject({ ok: false });

    actAs(etat);
    expect(await returnSubmission({ submissionId: first.data.submissionId, comment: "  " })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { comment: ["Dites ce qu'il faut compléter."] },
    });
    expect(
      await returnSubmission({ submissionId: first.data.submissionId, comment: "Ajoutez le point sur la ZAE." }),
    ).toMatchObject({ ok: true });
    expect(await reportOf(campaignId, EVREUX)).toMatchObject({ state: "RETURNED" });
    expect(await acceptSubmission({ submissionId: first.data.submissionId })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await expect(
      prisma.$executeRaw`UPDATE "CampaignSubmission" SET "rulingComment" = 'autre' WHERE id = ${first.data.submissionId}::uuid`,
    ).rejects.toThrow(/already ruled/);

    actAs(binome);
    const returned = await reportOf(campaignId, EVREUX);
    const second = await submitReport({ reportId: report.id, version: returned.version });
    if (!second.ok) throw new Error(JSON.stringify(second));
    actAs(etat);
    expect(await acceptSubmission({ submissionId: second.data.submissionId })).toMatchObject({ ok: true });

    const campaign = (await getCampaign(await permissionUserOf(etat), campaignId))!;
    expect(campaign.isManager).toBe(true);
    expect(campaign.rows).toEqual([expect.objectContaining({ territorySlug: EVREUX, state: "ACCEPTED" })]);
    const detail = (await getCampaignReport(await permissionUserOf(binome), campaignId, EVREUX))!;
    expect(detail.submissions.map((submission) => submission.ruling)).toEqual(["ACCEPTED", "RETURNED"]);
    expect(detail.submissions[1]).toMatchObject({ rulingComment: "Ajoutez le point sur la ZAE." });
    const accepted = (await listAcceptedSnapshots(await permissionUserOf(etat), campaignId))!;
    expect(accepted.snapshots.map((snapshot) => snapshot.territoryName)).toHaveLength(1);
    expect(await listAcceptedSnapshots(await permissionUserOf(binome), campaignId)).toBeNull();
  });

  it("tells the territory's chef·fe de projet and binôme when it opens, is returned or accepted, and the officer when submitted", async () => {
    const etat = await officer();
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: "sud-manche" }] });
    const binome = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "sud-manche", isBinome: true }] });
    const member = await createUser({ college: "ELU", territories: [{ slug: "sud-manche" }] });
    const campaignId = await open(etat, ["sud-manche"]);
    const report = await reportOf(campaignId, "sud-manche");
    const rulesOf = async (user: TestUser) =>
      (await prisma.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map(
        (notification) => notification.rule,
      );
    expect(await rulesOf(chef)).toEqual(["campaign.opened"]);
    expect(await rulesOf(member)).toEqual([]);
    const opened = await prisma.notification.findFirstOrThrow({ where: { userId: binome.id } });
    expect(opened).toMatchObject({ kind: "CAMPAIGN", href: `/campagnes/${campaignId}/territoires/sud-manche` });
    expect(await prisma.outboxEmail.count({ where: { id: opened.emailId! } })).toBe(1);

    actAs(binome);
    const submitted = await submitReport({ reportId: report.id, version: report.version });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    expect(await rulesOf(etat)).toEqual(["campaign.submitted"]);
    actAs(etat);
    await returnSubmission({ submissionId: submitted.data.submissionId, comment: "Précisez les financements." });
    expect(await rulesOf(binome)).toEqual(["campaign.opened", "campaign.returned"]);
    const returned = await prisma.notification.findFirstOrThrow({
      where: { userId: chef.id, rule: "campaign.returned" },
    });
    expect(returned.body).toContain("« Précisez les financements. »");
  });

  it("shows a committee member their territory's part only, and tells not started from in progress", async () => {
    const etat = await officer();
    const campaignId = await open(etat, [CAEN, EVREUX], { asOf: "2019-03-31", deadline: "2019-04-30" });
    const member = await createUser({ college: "ELU", territories: [{ slug: CAEN }] });
    const own = (await getCampaign(await permissionUserOf(member), campaignId))!;
    expect(own.isManager).toBe(false);
    expect(own.rows.map((row) => row.territorySlug)).toEqual([CAEN]);
    // Nothing was dated in 2019 in the test data: nobody has started.
    expect(own.rows[0]).toMatchObject({ state: "NOT_STARTED", updatedCount: 0 });

    const action = await createActionAs(member, CAEN, { title: `Action ancienne ${crypto.randomUUID()}` });
    await prisma.progressUpdate.create({
      data: { actionId: action.actionId, date: dayToDate("2019-03-15"), progress: 10, statusCode: "EN_COURS" },
    });
    const after = (await getCampaign(await permissionUserOf(etat), campaignId))!;
    expect(after.rows.find((row) => row.territorySlug === CAEN)).toMatchObject({
      state: "IN_PROGRESS",
      updatedCount: 1,
    });
    expect(after.rows.find((row) => row.territorySlug === EVREUX)).toMatchObject({ state: "NOT_STARTED" });
    const outsider = await createUser({ college: "ELU", territories: [{ slug: "vallee-de-la-bresle" }] });
    expect(await getCampaign(await permissionUserOf(outsider), campaignId)).toBeNull();
  });
});

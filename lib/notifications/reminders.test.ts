import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { dayToDate } from "@/lib/dates";
import { createUser, territoryId } from "@/tests/factories";
import { createDatedAction, notificationsOf, parisNoon } from "@/tests/notifications";
import { runReminders } from "./reminders";

const prisma = getPrisma();

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "secret-de-test-des-notifications";
});

async function slug(): Promise<string> {
  const territory = await prisma.territory.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { slug: true } });
  return territory.slug;
}

describe("action.stale", () => {
  it("reminds the pilots and the porteur's contact once the territory's interval has passed with no point, once per episode", async () => {
    const territory = await slug();
    const pilot = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: territory }] });
    const contact = await createUser({ college: "INDUSTRIEL", territories: [{ slug: territory }] });
    const bystander = await createUser({ college: "ELU", territories: [{ slug: territory }] });
    const action = await createDatedAction(territory, {
      pilots: [pilot],
      carrierContact: contact,
      points: ["2030-01-01"],
    });
    const { updateIntervalDays } = await prisma.territory.findUniqueOrThrow({ where: { slug: territory } });
    expect(updateIntervalDays).toBe(90);

    // 2030-01-01 + 90 days = 2030-04-01: still within the interval that day.
    await runReminders(parisNoon("2030-04-01"));
    expect((await notificationsOf(pilot, "action.stale")).notifications).toHaveLength(0);

    await runReminders(parisNoon("2030-04-02"));
    await runReminders(parisNoon("2030-04-02"));
    await runReminders(parisNoon("2030-04-03"));
    for (const member of [pilot, contact]) {
      const { notifications, emails } = await notificationsOf(member, "action.stale");
      expect(notifications).toHaveLength(1);
      expect(notifications[0]).toMatchObject({
        kind: "REMINDER",
        href: `/territoires/${territory}/actions/${action.id}`,
        dedupeKey: `action.stale:${action.id}:2030-01-01`,
      });
      expect(emails).toHaveLength(1);
      expect(notifications[0]?.emailId).toBe(emails[0]?.id);
    }
    expect((await notificationsOf(bystander)).notifications).toHaveLength(0);

    // A new point starts another episode: reminded again once its interval has passed.
    await prisma.progressUpdate.create({
      data: { actionId: action.id, date: dayToDate("2030-04-10"), progress: 30, statusCode: "EN_COURS" },
    });
    await runReminders(parisNoon("2030-07-09"));
    expect((await notificationsOf(pilot, "action.stale")).notifications).toHaveLength(1);
    await runReminders(parisNoon("2030-07-10"));
    expect((await notificationsOf(pilot, "action.stale")).notifications).toHaveLength(2);
  });

  it("counts an action with no point from its creation, and leaves closed and archived actions alone", async () => {
    const territory = await slug();
    const pilot = await createUser({ college: "ELU", territories: [{ slug: territory }] });
    await createDatedAction(territory, { pilots: [pilot], points: ["2030-01-01"], statusCode: "REALISEE" });
    const archived = await createDatedAction(territory, { pilots: [pilot], points: ["2030-01-01"] });
    await prisma.action.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const fresh = await createDatedAction(territory, { pilots: [pilot] });
    await prisma.action.update({ where: { id: fresh.id }, data: { createdAt: new Date("2030-01-01T09:00:00Z") } });

    await runReminders(parisNoon("2030-04-02"));
    const { notifications } = await notificationsOf(pilot, "action.stale");
    expect(notifications.map((n) => n.dedupeKey)).toEqual([`action.stale:${fresh.id}:2030-01-01`]);
  });
});

describe("action.endNear and action.endPassed", () => {
  it("fires two weeks before the planned end (a Paris day), then the day after it, once each", async () => {
    const territory = await slug();
    const pilot = await createUser({ college: "ELU", territories: [{ slug: territory }] });
    const action = await createDatedAction(territory, {
      pilots: [pilot],
      plannedEndDate: "2031-06-30",
      points: ["2031-06-01"],
    });

    // 22:30 UTC on the 15th is 00:30 on the 16th in Paris: 14 days before the end.
    await runReminders(new Date("2031-06-15T21:30:00Z"));
    expect((await notificationsOf(pilot, "action.endNear")).notifications).toHaveLength(0);
    await runReminders(new Date("2031-06-15T22:30:00Z"));
    await runReminders(parisNoon("2031-06-20"));
    expect((await notificationsOf(pilot, "action.endNear")).notifications).toHaveLength(1);

    await runReminders(parisNoon("2031-06-30"));
    expect((await notificationsOf(pilot, "action.endPassed")).notifications).toHaveLength(0);
    await runReminders(parisNoon("2031-07-01"));
    await runReminders(parisNoon("2031-07-02"));
    const { notifications, emails } = await notificationsOf(pilot);
    expect(notifications.map((n) => n.dedupeKey)).toEqual([
      `action.endNear:${action.id}:2031-06-30`,
      `action.endPassed:${action.id}:2031-06-30`,
    ]);
    expect(emails).toHaveLength(2);
    expect(emails[1]?.subject).toContain("Date de fin dépassée");
  });
});

describe("decision.overdue", () => {
  it("reminds the responsible the day after the due date, once, and not once the decision is closed", async () => {
    const territory = await slug();
    const responsible = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: territory }] });
    const meeting = await prisma.meeting.create({
      data: {
        territoryId: await territoryId(territory),
        kind: "COMITE_PILOTAGE",
        startsAt: new Date("2032-01-10T09:00:00Z"),
        place: "Mairie",
      },
    });
    const item = await prisma.agendaItem.create({
      data: { meetingId: meeting.id, position: 1, reason: "FREE", title: "Point libre" },
    });
    const decision = (dueDate: string) =>
      prisma.decision.create({
        data: {
          meetingId: meeting.id,
          agendaItemId: item.id,
          kind: "AUTRE",
          text: "Relancer l'<étude> de faisabilité",
          responsibleId: responsible.id,
          dueDate: dayToDate(dueDate),
        },
      });
    const open = await decision("2032-02-01");
    const closed = await decision("2032-02-01");
    await prisma.decision.update({ where: { id: closed.id }, data: { closedAt: new Date("2032-01-20T10:00:00Z") } });

    await runReminders(parisNoon("2032-02-01"));
    expect((await notificationsOf(responsible, "decision.overdue")).notifications).toHaveLength(0);
    await runReminders(parisNoon("2032-02-02"));
    await runReminders(parisNoon("2032-02-03"));
    const { notifications, emails } = await notificationsOf(responsible, "decision.overdue");
    expect(notifications.map((n) => n.dedupeKey)).toEqual([`decision.overdue:${open.id}:2032-02-01`]);
    expect(emails).toHaveLength(1);
    // The decision's text is the user's: escaped in the HTML part, as typed in the text part.
    expect(emails[0]?.html).toContain("l&#39;&#60;étude&#62;");
    expect(emails[0]?.text).toContain("l'<étude>");
  });
});

describe("campaign.deadline", () => {
  it("reminds the chef·fe de projet and the binôme a week before the deadline while actions are not updated, once", async () => {
    const territory = await slug();
    const stored = await prisma.territory.findUniqueOrThrow({ where: { slug: territory } });
    const chef = await createUser({ college: "CHEF_DE_PROJET", territories: [{ slug: territory }] });
    const binome = await createUser({ college: "ELU", territories: [{ slug: territory, isBinome: true }] });
    const member = await createUser({ college: "INDUSTRIEL", territories: [{ slug: territory }] });
    await createDatedAction(territory, { pilots: [member], points: ["2033-01-05"] });
    const campaign = await prisma.campaign.create({
      data: {
        name: "Bilan semestriel S1 2033",
        asOf: dayToDate("2033-06-30"),
        deadline: dayToDate("2033-07-15"),
        regionCode: stored.leadRegionCode,
      },
    });
    const report = await prisma.campaignReport.create({
      data: { campaignId: campaign.id, territoryId: stored.id, periodStart: dayToDate("2033-03-01") },
    });

    await runReminders(parisNoon("2033-07-07"));
    expect((await notificationsOf(chef, "campaign.deadline")).notifications).toHaveLength(0);
    await runReminders(parisNoon("2033-07-08"));
    await runReminders(parisNoon("2033-07-09"));
    for (const person of [chef, binome]) {
      const { notifications, emails } = await notificationsOf(person, "campaign.deadline");
      expect(notifications.map((n) => n.dedupeKey)).toEqual([`campaign.deadline:${report.id}:2033-07-15`]);
      expect(notifications[0]).toMatchObject({
        kind: "CAMPAIGN",
        href: `/campagnes/${campaign.id}/territoires/${territory}`,
      });
      expect(emails).toHaveLength(1);
    }
    expect((await notificationsOf(member, "campaign.deadline")).notifications).toHaveLength(0);
  });
});

describe("delivery modes", () => {
  it("e-mails IMMEDIATE now, keeps DIGEST for the digest and OFF in the app only", async () => {
    const territory = await slug();
    const immediate = await createUser({ territories: [{ slug: territory }] });
    const digest = await createUser({ territories: [{ slug: territory }] });
    const off = await createUser({ territories: [{ slug: territory }] });
    await prisma.notificationPreference.createMany({
      data: [
        { userId: digest.id, kind: "REMINDER", mode: "DIGEST" },
        { userId: off.id, kind: "REMINDER", mode: "OFF" },
      ],
    });
    await createDatedAction(territory, {
      pilots: [immediate, digest, off],
      plannedEndDate: "2034-03-01",
      points: ["2034-02-01"],
    });

    await runReminders(parisNoon("2034-03-02"));
    for (const [user, emailCount] of [
      [immediate, 1],
      [digest, 0],
      [off, 0],
    ] as const) {
      const { notifications, emails } = await notificationsOf(user, "action.endPassed");
      expect(notifications).toHaveLength(1);
      expect(emails).toHaveLength(emailCount);
    }
  });
});

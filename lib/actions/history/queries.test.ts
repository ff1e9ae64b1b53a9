import { describe, expect, it } from "vitest";
import { todayInFrance } from "@/lib/dates";
import { actionUpdateInput, createActionAs } from "@/tests/actions";
import { createUser } from "@/tests/factories";
import { actAs } from "@/tests/session";
import { describeActionChanges, type HistoryLabels } from "./changes";
import { listActionHistoryEntries } from "./queries";
import { archiveAction, updateAction } from "../mutations";
import { recordProgress } from "../progress/mutations";

describe("listActionHistoryEntries", () => {
  it("tells creation, modification (fields with before → after in French), progress and archiving, newest first", async () => {
    const binome = await createUser({ college: "ELU", territories: [{ slug: "axe-seine", isBinome: true }] });
    const pilot = await createUser({ college: "INDUSTRIEL", territories: [{ slug: "axe-seine" }] });
    const { actionId } = await createActionAs(binome, "axe-seine");
    actAs(binome);
    const updated = await updateAction({
      ...(await actionUpdateInput("axe-seine", { actionId, version: 1 })),
      title: "Parcours de reconversion (phase 2)",
      plannedEndDate: "2027-11-27",
      pilotIds: [pilot.id],
      fundingLines: [{ funderCode: "REGION", amountRequested: "1250000", amountGranted: "0" }],
    });
    expect(updated).toMatchObject({ ok: true });
    const progress = await recordProgress({
      actionId,
      version: 2,
      date: todayInFrance(),
      progress: "45",
      statusCode: "EN_PAUSE",
      comment: "Première promotion recrutée.",
    });
    expect(progress).toMatchObject({ ok: true });
    expect(await archiveAction({ actionId, version: 3 })).toMatchObject({ ok: true });

    const entries = await listActionHistoryEntries(actionId);
    expect(entries.map((entry) => entry.operationLabel)).toEqual([
      "Archivage",
      "Point d'avancement",
      "Modification",
      "Création",
    ]);
    expect(entries.every((entry) => entry.actorName === "Test ELU")).toBe(true);
    const [archived, recorded, modified, created] = entries;
    expect(created!.changes).toEqual([]);
    expect(archived!.changes).toEqual([]);
    expect(modified!.changes).toEqual([
      {
        field: "title",
        label: "Titre",
        before: "Parcours de reconversion vers la maintenance industrielle",
        after: "Parcours de reconversion (phase 2)",
      },
      { field: "plannedEndDate", label: "Fin prévue", before: "30 juin 2027", after: "27 novembre 2027" },
      { field: "pilotIds", label: "Pilotes", before: "(vide)", after: "Test INDUSTRIEL" },
      {
        field: "fundingLines",
        label: "Financements",
        before: "État : 100\u202f000\u00a0€ demandés, 80\u202f000\u00a0€ accordés",
        after: "Région : 1\u202f250\u202f000\u00a0€ demandés, 0\u00a0€ accordés",
      },
    ]);
    expect(recorded!.progressUpdate).toEqual({
      date: todayInFrance(),
      progress: 45,
      statusLabel: "En pause",
      comment: "Première promotion recrutée.",
    });
    expect(recorded!.changes).toEqual([
      { field: "statusCode", label: "Statut", before: "En cours", after: "En pause" },
      { field: "progress", label: "Avancement", before: "20\u00a0%", after: "45\u00a0%" },
    ]);
  });
});

describe("describeActionChanges", () => {
  const labels: HistoryLabels = {
    levers: new Map([["COMPETENCES", "Compétences"]]),
    subThemes: new Map(),
    statuses: new Map(),
    funders: new Map(),
    users: new Map(),
  };

  it("ignores bookkeeping fields and answers nothing for what is not a snapshot", () => {
    expect(describeActionChanges({ version: 1, archived: false }, { version: 2, archived: true }, labels)).toEqual([]);
    expect(describeActionChanges(null, { title: "x" }, labels)).toEqual([]);
  });

  it("shows a deleted pilot, an unknown code and an emptied text readably", () => {
    expect(
      describeActionChanges(
        { pilotIds: ["4b0d3f52-0000-4000-8000-000000000000"], leverCode: "COMPETENCES", partners: "CCI" },
        { pilotIds: [], leverCode: "NOUVEAU", partners: "" },
        labels,
      ),
    ).toEqual([
      { field: "leverCode", label: "Levier", before: "Compétences", after: "NOUVEAU" },
      { field: "pilotIds", label: "Pilotes", before: "Compte supprimé", after: "(vide)" },
      { field: "partners", label: "Partenaires", before: "CCI", after: "(vide)" },
    ]);
  });
});

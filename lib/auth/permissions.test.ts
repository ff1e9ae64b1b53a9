import { describe, expect, it } from "vitest";
import {
  assignableColleges,
  binomeColleges,
  can,
  canCloseDecision,
  colleges,
  committeeColleges,
  mayRecordFunder,
  regionalColleges,
  operations,
  permissionTable,
  relationTo,
  type College,
  type Operation,
  type PermissionTarget,
  type PermissionUser,
  type Relation,
} from "./permissions";

// The expected policy, written independently of the table: for each college and operation, the
// answer on a territory the user co-chairs (binôme), sits on (member), one of their region
// (region), and any other (other). "Y" allowed, "N" denied.
const expected: Record<College, Record<Operation, string>> = {
  //                      binome member region other
  ELU: {
    "territory.read": "YYNN",
    "action.create": "YYNN",
    "action.update": "YYNN",
    "action.archive": "YNNN",
    "progress.record": "YYNN",
    "funding.record": "YYNN",
    "meeting.prepare": "YNNN",
    "meeting.answer": "YYNN",
    "meeting.record": "YNNN",
    "decision.close": "YNNN",
    "minutes.validate": "YNNN",
    "minutes.review": "NNNN",
    "campaign.manage": "NNNN",
    "campaign.submit": "YNNN",
    "audit.read": "NNNN",
    "user.invite": "NNNN",
    "user.manage": "NNNN",
    "outbox.read": "NNNN",
    "outbox.readSent": "NNNN",
    "referenceData.manage": "NNNN",
    "account.update": "YYYY",
  },
  INDUSTRIEL: {
    "territory.read": "YYNN",
    "action.create": "YYNN",
    "action.update": "YYNN",
    "action.archive": "YNNN",
    "progress.record": "YYNN",
    "funding.record": "YYNN",
    "meeting.prepare": "YNNN",
    "meeting.answer": "YYNN",
    "meeting.record": "YNNN",
    "decision.close": "YNNN",
    "minutes.validate": "YNNN",
    "minutes.review": "NNNN",
    "campaign.manage": "NNNN",
    "campaign.submit": "YNNN",
    "audit.read": "NNNN",
    "user.invite": "NNNN",
    "user.manage": "NNNN",
    "outbox.read": "NNNN",
    "outbox.readSent": "NNNN",
    "referenceData.manage": "NNNN",
    "account.update": "YYYY",
  },
  CHEF_DE_PROJET: {
    "territory.read": "YYNN",
    "action.create": "YYNN",
    "action.update": "YYNN",
    "action.archive": "NNNN",
    "progress.record": "YYNN",
    "funding.record": "YYNN",
    "meeting.prepare": "YYNN",
    "meeting.answer": "YYNN",
    "meeting.record": "YYNN",
    "decision.close": "YYNN",
    "minutes.validate": "NNNN",
    "minutes.review": "NNNN",
    "campaign.manage": "NNNN",
    "campaign.submit": "NNNN",
    "audit.read": "NNNN",
    "user.invite": "NNNN",
    "user.manage": "NNNN",
    "outbox.read": "NNNN",
    "outbox.readSent": "NNNN",
    "referenceData.manage": "NNNN",
    "account.update": "YYYY",
  },
  REGION: {
    "territory.read": "YYYN",
    "action.create": "NNNN",
    "action.update": "NNNN",
    "action.archive": "NNNN",
    "progress.record": "NNNN",
    "funding.record": "YYYN",
    "meeting.prepare": "NNNN",
    "meeting.answer": "YYYN",
    "meeting.record": "NNNN",
    "decision.close": "NNNN",
    "minutes.validate": "NNNN",
    "minutes.review": "YYYN",
    "campaign.manage": "YYYN",
    "campaign.submit": "NNNN",
    "audit.read": "NNNN",
    "user.invite": "NNNN",
    "user.manage": "NNNN",
    "outbox.read": "NNNN",
    "outbox.readSent": "NNNN",
    "referenceData.manage": "NNNN",
    "account.update": "YYYY",
  },
  ETAT: {
    "territory.read": "YYYN",
    "action.create": "NNNN",
    "action.update": "NNNN",
    "action.archive": "NNNN",
    "progress.record": "NNNN",
    "funding.record": "YYYN",
    "meeting.prepare": "NNNN",
    "meeting.answer": "YYYN",
    "meeting.record": "NNNN",
    "decision.close": "NNNN",
    "minutes.validate": "NNNN",
    "minutes.review": "YYYN",
    "campaign.manage": "YYYN",
    "campaign.submit": "NNNN",
    "audit.read": "YYYN",
    "user.invite": "YYYN",
    "user.manage": "YYYN",
    "outbox.read": "NNNN",
    "outbox.readSent": "YYYY",
    "referenceData.manage": "NNNN",
    "account.update": "YYYY",
  },
  ADMIN: {
    "territory.read": "YYYY",
    "action.create": "NNNN",
    "action.update": "NNNN",
    "action.archive": "NNNN",
    "progress.record": "NNNN",
    "funding.record": "NNNN",
    "meeting.prepare": "NNNN",
    "meeting.answer": "NNNN",
    "meeting.record": "NNNN",
    "decision.close": "NNNN",
    "minutes.validate": "NNNN",
    "minutes.review": "NNNN",
    "campaign.manage": "NNNN",
    "campaign.submit": "NNNN",
    "audit.read": "YYYY",
    "user.invite": "YYYY",
    "user.manage": "YYYY",
    "outbox.read": "YYYY",
    "outbox.readSent": "YYYY",
    "referenceData.manage": "YYYY",
    "account.update": "YYYY",
  },
};

const relations: Relation[] = ["binome", "member", "region", "other"];

/** A user and a target standing in the given relation to each other. */
function situation(college: College, relation: Relation): { user: PermissionUser; target: PermissionTarget } {
  const territoryId = "territory-1";
  const target: PermissionTarget = { territoryId, regionCodes: ["28", "32"] };
  const user: PermissionUser = {
    id: "user-1",
    college,
    regionCode: relation === "region" ? "32" : "11",
    memberships:
      relation === "binome" || relation === "member" ? [{ territoryId, isBinome: relation === "binome" }] : [],
  };
  return { user, target };
}

describe("permission table", () => {
  it("decides every cell, and only known ones", () => {
    expect(Object.keys(permissionTable).sort()).toEqual([...colleges].sort());
    for (const college of colleges) {
      expect(Object.keys(permissionTable[college]).sort(), college).toEqual([...operations].sort());
      expect(Object.keys(expected[college]).sort(), college).toEqual([...operations].sort());
    }
  });

  for (const college of colleges) {
    for (const operation of operations) {
      for (const [index, relation] of relations.entries()) {
        const cell = expected[college][operation]?.[index];
        it(`${college} ${operation} on a ${relation} target: ${cell === "Y" ? "allowed" : "denied"}`, () => {
          expect(cell, "undecided cell").toMatch(/^[YN]$/);
          const { user, target } = situation(college, relation);
          expect(relationTo(user, target)).toBe(relation);
          expect(can(user, operation, target)).toBe(cell === "Y");
        });
      }
    }
  }

  it("does not let a membership of another territory count", () => {
    const user: PermissionUser = {
      id: "u",
      college: "ELU",
      regionCode: null,
      memberships: [{ territoryId: "elsewhere", isBinome: true }],
    };
    expect(can(user, "territory.read", { territoryId: "here", regionCodes: ["28"] })).toBe(false);
  });
});

// The rights that sit beside the table, written out independently too.
describe("rights beside the table", () => {
  it("names the committee colleges (accounts on territories) and the regional ones (accounts on a region)", () => {
    expect(committeeColleges).toEqual(["ELU", "INDUSTRIEL", "CHEF_DE_PROJET"]);
    expect(binomeColleges).toEqual(["ELU", "INDUSTRIEL"]);
    expect(regionalColleges).toEqual(["REGION", "ETAT"]);
  });

  const funders = ["ETAT", "REGION", "BPI", "EUROPE"];
  const recordable: Record<College, string[]> = {
    ELU: funders,
    INDUSTRIEL: funders,
    CHEF_DE_PROJET: funders,
    REGION: ["REGION"],
    ETAT: ["ETAT"],
    ADMIN: funders, // but ADMIN holds no funding.record at all (table above)
  };
  for (const college of colleges) {
    it(`${college} records the funding lines of ${recordable[college].join(", ")}`, () => {
      expect(funders.filter((funder) => mayRecordFunder({ college }, funder))).toEqual(recordable[college]);
    });
  }

  const assignable: Record<College, College[]> = {
    ELU: [],
    INDUSTRIEL: [],
    CHEF_DE_PROJET: [],
    REGION: [],
    ETAT: ["ELU", "INDUSTRIEL", "CHEF_DE_PROJET", "REGION", "ETAT"],
    ADMIN: ["ELU", "INDUSTRIEL", "CHEF_DE_PROJET", "REGION", "ETAT", "ADMIN"],
  };
  for (const college of colleges) {
    it(`${college} gives accounts the colleges ${assignable[college].join(", ") || "none"}`, () => {
      expect([...assignableColleges[college]]).toEqual(assignable[college]);
      // Whoever gives colleges manages accounts, and the other way round.
      expect(assignable[college].length > 0).toBe(permissionTable[college]["user.manage"] !== "none");
    });
  }
});

describe("canCloseDecision", () => {
  // Per college: allowed on a binôme, member, region, other target when the user is not the
  // decision's responsible person, then when they are.
  const notResponsible: Record<College, string> = {
    ELU: "YNNN",
    INDUSTRIEL: "YNNN",
    CHEF_DE_PROJET: "YYNN",
    REGION: "NNNN",
    ETAT: "NNNN",
    ADMIN: "NNNN",
  };
  const responsible: Record<College, string> = {
    ELU: "YYNN",
    INDUSTRIEL: "YYNN",
    CHEF_DE_PROJET: "YYNN",
    REGION: "YYYN",
    ETAT: "YYYN",
    ADMIN: "YYYY",
  };
  for (const college of colleges) {
    for (const [index, relation] of relations.entries()) {
      it(`${college} on a ${relation} target: ${notResponsible[college][index]} / as responsible ${responsible[college][index]}`, () => {
        const { user, target } = situation(college, relation);
        expect(canCloseDecision(user, target, null)).toBe(notResponsible[college][index] === "Y");
        expect(canCloseDecision(user, target, "someone-else")).toBe(notResponsible[college][index] === "Y");
        expect(canCloseDecision(user, target, user.id)).toBe(responsible[college][index] === "Y");
      });
    }
  }
});

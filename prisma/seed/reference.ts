import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";
import { actionStatuses, funderTypes } from "../reference/action-reference";
import { foundingCommunique, levers, territories } from "../reference/territories";
import { loadOutlines } from "../reference/geo/outlines";
import { loadDepartments, loadEpcis, loadRegions } from "../reference/official-data";

/**
 * Writes the programme's reference data (regions, departments, current EPCIs, the territories of
 * the founding communiqué and their composition, the levers, action statuses and funder types, and the map's outlines). Idempotent: rows are upserted by
 * their natural keys, and a territory's composition is replaced by the reference one, so running
 * it again after a reference change converges to the reference.
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  const sirens = [...new Set(territories.flatMap((t) => t.intercommunalities.map((i) => i.epciSiren)))];
  const epcis = loadEpcis(sirens);
  const departmentCodes = [...new Set(epcis.flatMap((e) => e.departmentCodes))];
  const departments = loadDepartments(departmentCodes);
  const regionCodes = [
    ...new Set([...departments.map((d) => d.regionCode), ...territories.flatMap((t) => t.regionCodes)]),
  ];
  const regions = loadRegions(regionCodes);
  const announcedOn = new Date(`${foundingCommunique.date}T00:00:00Z`);
  const outlines = loadOutlines();
  const outlineOf = (outline: object | undefined) => outline ?? Prisma.DbNull;

  await prisma.$transaction(
    async (tx) => {
      for (const region of regions) {
        await tx.region.upsert({ where: { code: region.code }, create: region, update: { name: region.name } });
      }
      for (const department of departments) {
        const data = { ...department, outline: outlineOf(outlines.departments[department.code]) };
        await tx.department.upsert({ where: { code: department.code }, create: data, update: data });
      }
      for (const epci of epcis) {
        const data = {
          name: epci.name,
          kind: epci.kind,
          population: epci.population,
          outline: outlineOf(outlines.epcis[epci.siren]),
        };
        await tx.epci.upsert({ where: { siren: epci.siren }, create: { siren: epci.siren, ...data }, update: data });
        await tx.epciDepartment.deleteMany({ where: { epciSiren: epci.siren } });
        await tx.epciDepartment.createMany({
          data: epci.departmentCodes.map((departmentCode) => ({ epciSiren: epci.siren, departmentCode })),
        });
      }
      for (const reference of territories) {
        const data = { name: reference.name, leadRegionCode: reference.leadRegionCode, announcedOn };
        const territory = await tx.territory.upsert({
          where: { slug: reference.slug },
          create: { slug: reference.slug, ...data },
          update: data,
        });
        await tx.territoryRegion.deleteMany({ where: { territoryId: territory.id } });
        await tx.territoryRegion.createMany({
          data: reference.regionCodes.map((regionCode) => ({ territoryId: territory.id, regionCode })),
        });
        await tx.territoryIntercommunality.deleteMany({ where: { territoryId: territory.id } });
        for (const [position, member] of reference.intercommunalities.entries()) {
          const intercommunality = await tx.intercommunality.upsert({
            where: { historicalName: member.historicalName },
            create: { historicalName: member.historicalName, epciSiren: member.epciSiren },
            update: { epciSiren: member.epciSiren },
          });
          await tx.territoryIntercommunality.create({
            data: { territoryId: territory.id, intercommunalityId: intercommunality.id, position },
          });
        }
      }
      for (const [position, status] of actionStatuses.entries()) {
        const data = { label: status.label, position, isClosed: status.isClosed, isDone: status.isDone };
        await tx.actionStatus.upsert({
          where: { code: status.code },
          create: { code: status.code, ...data },
          update: data,
        });
      }
      for (const [position, funder] of funderTypes.entries()) {
        const data = { label: funder.label, position };
        await tx.funderType.upsert({
          where: { code: funder.code },
          create: { code: funder.code, ...data },
          update: data,
        });
      }
      for (const [position, lever] of levers.entries()) {
        const data = { label: lever.label, description: lever.description, position };
        const saved = await tx.lever.upsert({
          where: { code: lever.code },
          create: { code: lever.code, ...data },
          update: data,
        });
        for (const [subPosition, subTheme] of lever.subThemes.entries()) {
          const subData = { label: subTheme.label, position: subPosition, leverId: saved.id };
          await tx.leverSubTheme.upsert({
            where: { code: subTheme.code },
            create: { code: subTheme.code, ...subData },
            update: subData,
          });
        }
      }
    },
    { timeout: 60_000 },
  );
}

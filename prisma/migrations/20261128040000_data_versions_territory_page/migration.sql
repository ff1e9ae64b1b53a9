-- The territory page's composition, committee and contacts are cached like its figures
-- (lib/territories/page-data.ts): what they read bumps the versions too.

-- The programme's geography: intercommunalités, EPCIs, departments; and the levers' sub-themes.
DO $$
DECLARE
  source record;
BEGIN
  FOR source IN SELECT * FROM (VALUES ('Intercommunality'), ('TerritoryIntercommunality'), ('Epci'), ('EpciDepartment'),
    ('Department'), ('LeverSubTheme')) AS t(table_name) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION "data_version_global"()', source.table_name || '_data_version', source.table_name);
  END LOOP;
  -- Seats on a committee, and the Région's and État's contacts of a territory.
  FOR source IN SELECT * FROM (VALUES ('Membership'), ('TerritoryContact')) AS t(table_name) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "data_version_by_territory"()', source.table_name || '_data_version_insert', source.table_name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "data_version_by_territory"()', source.table_name || '_data_version_update', source.table_name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "data_version_by_territory"()', source.table_name || '_data_version_delete', source.table_name);
  END LOOP;
END $$;

-- A member's name, organisation, college, region or closing shows on the committees and contact
-- lists they sit on. Row by row and only when one of those changes: a sign-in also updates the row.
CREATE FUNCTION "data_version_by_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "bump_data_versions"(ARRAY(
    SELECT 'territory:' || m."territoryId" FROM "Membership" m WHERE m."userId" = NEW.id
    UNION SELECT 'territory:' || c."territoryId" FROM "TerritoryContact" c WHERE c."userId" = NEW.id));
  RETURN NULL;
END $$;

CREATE TRIGGER "User_data_version" AFTER UPDATE OF "name", "organisation", "college", "regionCode", "disabledAt" ON "User"
  FOR EACH ROW WHEN (
    (OLD."name", OLD."organisation", OLD."college", OLD."regionCode", OLD."disabledAt")
    IS DISTINCT FROM (NEW."name", NEW."organisation", NEW."college", NEW."regionCode", NEW."disabledAt"))
  EXECUTE FUNCTION "data_version_by_user"();

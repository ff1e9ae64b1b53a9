-- CreateTable
CREATE TABLE "DataVersion" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("scope")
);

-- Every change a figure reads bumps the version of what it touches, in the same transaction
-- (statement-level triggers: an import of a thousand actions bumps its territory once).
-- Versions are upserted in scope order, so two transactions bumping the same territories take
-- their row locks in the same order.
CREATE FUNCTION "bump_data_versions"(scopes text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DataVersion" ("scope", "version", "changedAt")
  SELECT s, 1, now() FROM (SELECT DISTINCT unnest(scopes) AS s) AS distinct_scopes WHERE s IS NOT NULL ORDER BY s
  ON CONFLICT ("scope") DO UPDATE SET "version" = "DataVersion"."version" + 1, "changedAt" = now();
$$;

-- Reference data: levers, statuses, funder types, territories, their regions.
CREATE FUNCTION "data_version_global"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "bump_data_versions"(ARRAY['global']);
  RETURN NULL;
END $$;

-- Rows that carry their territory ("Action", "Meeting"). plpgsql plans each statement when it first
-- runs it, so the branch reading a transition table the event has not got is never planned.
CREATE FUNCTION "data_version_by_territory"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM "bump_data_versions"(ARRAY(SELECT 'territory:' || "territoryId" FROM new_rows));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "bump_data_versions"(ARRAY(SELECT 'territory:' || "territoryId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

-- Rows of an action ("ProgressUpdate", "FundingLine"). When the action itself is deleted, its
-- rows go by cascade and the action's own trigger bumps the territory.
CREATE FUNCTION "data_version_by_action"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM "bump_data_versions"(ARRAY(
      SELECT 'territory:' || a."territoryId" FROM new_rows r JOIN "Action" a ON a.id = r."actionId"));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "bump_data_versions"(ARRAY(
      SELECT 'territory:' || a."territoryId" FROM old_rows r JOIN "Action" a ON a.id = r."actionId"));
  END IF;
  RETURN NULL;
END $$;

-- Rows of a séance ("Decision", "Minutes").
CREATE FUNCTION "data_version_by_meeting"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM "bump_data_versions"(ARRAY(
      SELECT 'territory:' || m."territoryId" FROM new_rows r JOIN "Meeting" m ON m.id = r."meetingId"));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "bump_data_versions"(ARRAY(
      SELECT 'territory:' || m."territoryId" FROM old_rows r JOIN "Meeting" m ON m.id = r."meetingId"));
  END IF;
  RETURN NULL;
END $$;

-- A trigger with transition tables handles one event: three per table.
DO $$
DECLARE
  source record;
BEGIN
  FOR source IN SELECT * FROM (VALUES
    ('Action', 'data_version_by_territory'),
    ('Meeting', 'data_version_by_territory'),
    ('ProgressUpdate', 'data_version_by_action'),
    ('FundingLine', 'data_version_by_action'),
    ('Decision', 'data_version_by_meeting'),
    ('Minutes', 'data_version_by_meeting')
  ) AS t(table_name, function_name) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', source.table_name || '_data_version_insert', source.table_name, source.function_name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', source.table_name || '_data_version_update', source.table_name, source.function_name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', source.table_name || '_data_version_delete', source.table_name, source.function_name);
  END LOOP;
  FOR source IN SELECT * FROM (VALUES ('Lever'), ('ActionStatus'), ('FunderType'), ('Territory'), ('TerritoryRegion'), ('Region'))
    AS t(table_name) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION "data_version_global"()', source.table_name || '_data_version', source.table_name);
  END LOOP;
END $$;

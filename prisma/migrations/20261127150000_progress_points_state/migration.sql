-- An action's current progress and status are those of its latest point d'avancement (by date, then
-- by recording time). The columns on "Action" are kept equal to that point by the database itself,
-- in the same transaction as every insert, correction or withdrawal of a point, whoever writes.
-- Statement-level triggers with transition tables: a bulk load of points costs one update.
CREATE FUNCTION action_state_from_points() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "actionId") INTO touched FROM new_points;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT id) INTO touched
    FROM (SELECT "actionId" AS id FROM new_points UNION SELECT "actionId" FROM old_points) changed;
  ELSE
    SELECT array_agg(DISTINCT "actionId") INTO touched FROM old_points;
  END IF;
  UPDATE "Action" a
  SET progress = latest.progress, "statusCode" = latest."statusCode"
  FROM unnest(touched) AS t(id)
  CROSS JOIN LATERAL (
    SELECT p.progress, p."statusCode" FROM "ProgressUpdate" p
    WHERE p."actionId" = t.id
    ORDER BY p.date DESC, p."createdAt" DESC
    LIMIT 1
  ) latest
  WHERE a.id = t.id
    AND (a.progress IS DISTINCT FROM latest.progress OR a."statusCode" IS DISTINCT FROM latest."statusCode");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ProgressUpdate_state_after_insert" AFTER INSERT ON "ProgressUpdate"
REFERENCING NEW TABLE AS new_points FOR EACH STATEMENT EXECUTE FUNCTION action_state_from_points();
CREATE TRIGGER "ProgressUpdate_state_after_update" AFTER UPDATE ON "ProgressUpdate"
REFERENCING OLD TABLE AS old_points NEW TABLE AS new_points FOR EACH STATEMENT EXECUTE FUNCTION action_state_from_points();
CREATE TRIGGER "ProgressUpdate_state_after_delete" AFTER DELETE ON "ProgressUpdate"
REFERENCING OLD TABLE AS old_points FOR EACH STATEMENT EXECUTE FUNCTION action_state_from_points();

-- Every action has a point from the day it was recorded: an action without one gets the state it
-- shows today, dated the day (in France) it was created, by whoever created it.
INSERT INTO "ProgressUpdate" (id, "actionId", date, progress, "statusCode", comment, "authorId", "createdAt")
SELECT gen_random_uuid(), a.id, ((a."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date,
       a.progress, a."statusCode", '', a."createdById", a."createdAt"
FROM "Action" a
WHERE NOT EXISTS (SELECT 1 FROM "ProgressUpdate" p WHERE p."actionId" = a.id);

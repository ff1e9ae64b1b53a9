-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "fundingGranted" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "fundingRequested" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- The rollup stays exactly consistent with the funding lines: every insert, update and delete of a
-- line adjusts its action's sums in the same transaction (the row lock on the action serialises
-- concurrent changes). Amounts are whole euros: double precision adds them exactly below 2^53.
CREATE FUNCTION action_funding_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Action"
    SET "fundingRequested" = "fundingRequested" - OLD."amountRequested",
        "fundingGranted" = "fundingGranted" - OLD."amountGranted"
    WHERE id = OLD."actionId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Action"
    SET "fundingRequested" = "fundingRequested" + NEW."amountRequested",
        "fundingGranted" = "fundingGranted" + NEW."amountGranted"
    WHERE id = NEW."actionId";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "FundingLine_action_funding_rollup"
AFTER INSERT OR UPDATE OR DELETE ON "FundingLine"
FOR EACH ROW EXECUTE FUNCTION action_funding_rollup();

UPDATE "Action" a
SET "fundingRequested" = f.requested, "fundingGranted" = f.granted
FROM (
  SELECT "actionId", SUM("amountRequested") AS requested, SUM("amountGranted") AS granted
  FROM "FundingLine" GROUP BY "actionId"
) f
WHERE f."actionId" = a.id;

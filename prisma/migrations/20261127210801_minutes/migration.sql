-- CreateTable
CREATE TABLE "Minutes" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "content" JSONB NOT NULL,
    "meetingVersion" INTEGER NOT NULL,
    "compiledAt" TIMESTAMP(3) NOT NULL,
    "compiledById" UUID,
    "eluValidatorId" UUID,
    "eluValidatedAt" TIMESTAMP(3),
    "industrielValidatorId" UUID,
    "industrielValidatedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesReview" (
    "id" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "institution" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesAmendment" (
    "id" UUID NOT NULL,
    "minutesId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_meetingId_key" ON "Minutes"("meetingId");

-- CreateIndex
CREATE INDEX "MinutesReview_minutesId_idx" ON "MinutesReview"("minutesId");

-- CreateIndex
CREATE INDEX "MinutesAmendment_minutesId_idx" ON "MinutesAmendment"("minutesId");

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_compiledById_fkey" FOREIGN KEY ("compiledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_eluValidatorId_fkey" FOREIGN KEY ("eluValidatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_industrielValidatorId_fkey" FOREIGN KEY ("industrielValidatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReview" ADD CONSTRAINT "MinutesReview_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReview" ADD CONSTRAINT "MinutesReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAmendment" ADD CONSTRAINT "MinutesAmendment_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesAmendment" ADD CONSTRAINT "MinutesAmendment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A locked relevé de décisions cannot change, nor lose its avis, nor take new ones; amendments are
-- append-only; and what the séance recorded (its points, their summaries, its decisions, presence)
-- is frozen with it. Closing an open decision later (closedAt, closingNote) stays possible: that is
-- the follow-up, not the minutes; reopening one or rewriting its note is not. Enforced here so that no code path, present or future, can bypass it.
CREATE FUNCTION "minutes_is_locked"(meeting uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "Minutes" WHERE "meetingId" = meeting AND "lockedAt" IS NOT NULL);
$$;

CREATE FUNCTION "minutes_refuse_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."lockedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'Minutes % are locked: % refused', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER "Minutes_locked" BEFORE UPDATE OR DELETE ON "Minutes"
  FOR EACH ROW EXECUTE FUNCTION "minutes_refuse_locked"();

CREATE FUNCTION "minutes_review_refuse_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW."minutesId" ELSE OLD."minutesId" END;
BEGIN
  IF EXISTS (SELECT 1 FROM "Minutes" WHERE id = target AND "lockedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'Minutes % are locked: avis % refused', target, TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER "MinutesReview_locked" BEFORE INSERT OR UPDATE OR DELETE ON "MinutesReview"
  FOR EACH ROW EXECUTE FUNCTION "minutes_review_refuse_locked"();

CREATE FUNCTION "minutes_amendment_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'MinutesAmendment is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "MinutesAmendment_append_only" BEFORE UPDATE OR DELETE ON "MinutesAmendment"
  FOR EACH ROW EXECUTE FUNCTION "minutes_amendment_append_only"();

CREATE FUNCTION "meeting_record_refuse_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meeting uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."meetingId" ELSE NEW."meetingId" END;
BEGIN
  -- Nested: PL/pgSQL does not short-circuit, and only a Decision row has "closedAt".
  IF TG_TABLE_NAME = 'Decision' AND TG_OP = 'UPDATE' THEN
    IF to_jsonb(OLD) ->> 'closedAt' IS NULL
      AND (to_jsonb(NEW) - 'closedAt' - 'closingNote') = (to_jsonb(OLD) - 'closedAt' - 'closingNote') THEN
      RETURN NEW;
    END IF;
  END IF;
  IF "minutes_is_locked"(meeting) THEN
    RAISE EXCEPTION 'The minutes of meeting % are locked: % on % refused', meeting, TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER "Decision_minutes_locked" BEFORE INSERT OR UPDATE OR DELETE ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION "meeting_record_refuse_locked"();
CREATE TRIGGER "AgendaItem_minutes_locked" BEFORE INSERT OR UPDATE OR DELETE ON "AgendaItem"
  FOR EACH ROW EXECUTE FUNCTION "meeting_record_refuse_locked"();
CREATE TRIGGER "MeetingParticipant_minutes_locked" BEFORE INSERT OR UPDATE OR DELETE ON "MeetingParticipant"
  FOR EACH ROW EXECUTE FUNCTION "meeting_record_refuse_locked"();

-- CreateTable
CREATE TABLE "ActionStatus" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "isClosed" BOOLEAN NOT NULL DEFAULT false,
    "isDone" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ActionStatus_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "FunderType" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FunderType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "territoryId" UUID NOT NULL,
    "leverId" UUID NOT NULL,
    "subThemeId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "expectedResults" TEXT NOT NULL DEFAULT '',
    "statusCode" TEXT NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "plannedStartDate" DATE,
    "plannedEndDate" DATE,
    "carrierCollege" "College" NOT NULL,
    "carrierOrganisation" TEXT NOT NULL,
    "partners" TEXT NOT NULL DEFAULT '',
    "plannedBudget" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPilot" (
    "actionId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "ActionPilot_pkey" PRIMARY KEY ("actionId","userId")
);

-- CreateTable
CREATE TABLE "FundingLine" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "funderCode" TEXT NOT NULL,
    "amountRequested" INTEGER NOT NULL DEFAULT 0,
    "amountGranted" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FundingLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "target" DOUBLE PRECISION,
    "latestValue" DOUBLE PRECISION,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "progress" INTEGER NOT NULL,
    "statusCode" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "territoryId" UUID,
    "operation" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Action_territoryId_archivedAt_leverId_statusCode_idx" ON "Action"("territoryId", "archivedAt", "leverId", "statusCode");

-- CreateIndex
CREATE INDEX "Action_territoryId_plannedEndDate_idx" ON "Action"("territoryId", "plannedEndDate");

-- CreateIndex
CREATE INDEX "Action_leverId_idx" ON "Action"("leverId");

-- CreateIndex
CREATE INDEX "Action_statusCode_idx" ON "Action"("statusCode");

-- CreateIndex
CREATE INDEX "ActionPilot_userId_idx" ON "ActionPilot"("userId");

-- CreateIndex
CREATE INDEX "FundingLine_actionId_idx" ON "FundingLine"("actionId");

-- CreateIndex
CREATE INDEX "FundingLine_funderCode_idx" ON "FundingLine"("funderCode");

-- CreateIndex
CREATE INDEX "Indicator_actionId_idx" ON "Indicator"("actionId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_actionId_date_idx" ON "ProgressUpdate"("actionId", "date");

-- CreateIndex
CREATE INDEX "ProgressUpdate_date_idx" ON "ProgressUpdate"("date");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_occurredAt_idx" ON "AuditEvent"("entityType", "entityId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_territoryId_occurredAt_idx" ON "AuditEvent"("territoryId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_leverId_fkey" FOREIGN KEY ("leverId") REFERENCES "Lever"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_subThemeId_fkey" FOREIGN KEY ("subThemeId") REFERENCES "LeverSubTheme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_statusCode_fkey" FOREIGN KEY ("statusCode") REFERENCES "ActionStatus"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPilot" ADD CONSTRAINT "ActionPilot_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPilot" ADD CONSTRAINT "ActionPilot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingLine" ADD CONSTRAINT "FundingLine_funderCode_fkey" FOREIGN KEY ("funderCode") REFERENCES "FunderType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_statusCode_fkey" FOREIGN KEY ("statusCode") REFERENCES "ActionStatus"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Audit events are append-only, whoever connects: refuse UPDATE, DELETE and TRUNCATE.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

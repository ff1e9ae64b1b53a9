-- CreateEnum
CREATE TYPE "CampaignReportState" AS ENUM ('OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REMINDER', 'CAMPAIGN', 'DECISION', 'DIGEST');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "carrierContactId" UUID;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "headers" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "html" TEXT;

-- CreateTable
CREATE TABLE "Campaign" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "regionCode" TEXT NOT NULL,
    "openedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignReport" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "territoryId" UUID NOT NULL,
    "state" "CampaignReportState" NOT NULL DEFAULT 'OPEN',
    "periodStart" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignSubmission" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" UUID,
    "ruling" "CampaignReportState",
    "rulingComment" TEXT NOT NULL DEFAULT '',
    "ruledAt" TIMESTAMP(3),
    "ruledById" UUID,

    CONSTRAINT "CampaignSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "mode" "DeliveryMode" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "rule" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailId" UUID,
    "digestedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_regionCode_createdAt_idx" ON "Campaign"("regionCode", "createdAt");

-- CreateIndex
CREATE INDEX "CampaignReport_territoryId_idx" ON "CampaignReport"("territoryId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignReport_campaignId_territoryId_key" ON "CampaignReport"("campaignId", "territoryId");

-- CreateIndex
CREATE INDEX "CampaignSubmission_reportId_submittedAt_idx" ON "CampaignSubmission"("reportId", "submittedAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "Action_carrierContactId_idx" ON "Action"("carrierContactId");

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_carrierContactId_fkey" FOREIGN KEY ("carrierContactId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignReport" ADD CONSTRAINT "CampaignReport_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignReport" ADD CONSTRAINT "CampaignReport_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSubmission" ADD CONSTRAINT "CampaignSubmission_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CampaignReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSubmission" ADD CONSTRAINT "CampaignSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignSubmission" ADD CONSTRAINT "CampaignSubmission_ruledById_fkey" FOREIGN KEY ("ruledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A submitted report is frozen: its snapshot, who submitted it and when never change, the row is
-- never deleted, and the officer's ruling (returned or accepted) is written once. Only the links to
-- people may fall to NULL when an account is deleted (ON DELETE SET NULL).
CREATE FUNCTION "campaign_submission_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Campaign submission % is frozen: DELETE refused', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."snapshot" IS DISTINCT FROM OLD."snapshot"
     OR NEW."reportId" IS DISTINCT FROM OLD."reportId"
     OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt"
     OR (NEW."submittedById" IS DISTINCT FROM OLD."submittedById" AND NEW."submittedById" IS NOT NULL) THEN
    RAISE EXCEPTION 'Campaign submission % is frozen: its snapshot cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD."ruling" IS NOT NULL AND (
       NEW."ruling" IS DISTINCT FROM OLD."ruling"
       OR NEW."rulingComment" IS DISTINCT FROM OLD."rulingComment"
       OR NEW."ruledAt" IS DISTINCT FROM OLD."ruledAt"
       OR (NEW."ruledById" IS DISTINCT FROM OLD."ruledById" AND NEW."ruledById" IS NOT NULL)) THEN
    RAISE EXCEPTION 'Campaign submission % was already ruled on', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."ruling" IS NOT NULL AND NEW."ruling" NOT IN ('RETURNED', 'ACCEPTED') THEN
    RAISE EXCEPTION 'A ruling is RETURNED or ACCEPTED' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "CampaignSubmission_frozen" BEFORE UPDATE OR DELETE ON "CampaignSubmission"
  FOR EACH ROW EXECUTE FUNCTION "campaign_submission_frozen"();

-- A submission is taken only from a report waiting for one, and only one at a time.
CREATE UNIQUE INDEX "CampaignSubmission_one_pending_per_report" ON "CampaignSubmission"("reportId") WHERE "ruling" IS NULL;

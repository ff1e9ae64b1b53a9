-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AgendaReason" ADD VALUE 'OPEN_DECISION';
ALTER TYPE "AgendaReason" ADD VALUE 'FLAGGED';

-- CreateTable
CREATE TABLE "ActionDiscussionFlag" (
    "actionId" UUID NOT NULL,
    "raisedById" UUID,
    "reason" TEXT NOT NULL DEFAULT '',
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionDiscussionFlag_pkey" PRIMARY KEY ("actionId")
);

-- CreateIndex
CREATE INDEX "ActionDiscussionFlag_raisedById_idx" ON "ActionDiscussionFlag"("raisedById");

-- AddForeignKey
ALTER TABLE "ActionDiscussionFlag" ADD CONSTRAINT "ActionDiscussionFlag_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionDiscussionFlag" ADD CONSTRAINT "ActionDiscussionFlag_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

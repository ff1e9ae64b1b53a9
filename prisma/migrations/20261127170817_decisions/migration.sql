-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('VALIDER', 'REORIENTER', 'AJOURNER', 'ABANDONNER', 'FINANCER', 'AUTRE');

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "MeetingParticipant" ADD COLUMN     "attended" BOOLEAN;

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "agendaItemId" UUID NOT NULL,
    "actionId" UUID,
    "kind" "DecisionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "responsibleId" UUID,
    "dueDate" DATE,
    "appliedStatusCode" TEXT,
    "closedAt" TIMESTAMP(3),
    "closingNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "Decision_actionId_idx" ON "Decision"("actionId");

-- CreateIndex
CREATE INDEX "Decision_responsibleId_idx" ON "Decision"("responsibleId");

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_responsibleId_fkey" FOREIGN KEY ("responsibleId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

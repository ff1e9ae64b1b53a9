-- CreateEnum
CREATE TYPE "ParticipantResponse" AS ENUM ('PRESENT', 'EXCUSE', 'REPRESENTE');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "convokedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MeetingParticipant" ADD COLUMN     "representedBy" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "response" "ParticipantResponse";

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]';

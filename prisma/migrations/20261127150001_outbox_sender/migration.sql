-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "sentById" UUID;

-- CreateIndex
CREATE INDEX "OutboxEmail_sentById_createdAt_idx" ON "OutboxEmail"("sentById", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

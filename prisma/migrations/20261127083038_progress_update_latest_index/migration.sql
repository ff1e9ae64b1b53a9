-- DropIndex
DROP INDEX "ProgressUpdate_actionId_date_idx";

-- CreateIndex
CREATE INDEX "ProgressUpdate_actionId_date_createdAt_progress_idx" ON "ProgressUpdate"("actionId", "date", "createdAt", "progress");

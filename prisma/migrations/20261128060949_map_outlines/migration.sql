-- AlterTable
ALTER TABLE "Department" ADD COLUMN     "outline" JSONB;

-- AlterTable
ALTER TABLE "Epci" ADD COLUMN     "outline" JSONB;

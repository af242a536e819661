-- AlterEnum
ALTER TYPE "ImportStatus" ADD VALUE 'running';
ALTER TYPE "ImportStatus" ADD VALUE 'interrupted';

-- AlterTable
ALTER TABLE "import_record" ADD COLUMN     "backend_pid" INTEGER,
ADD COLUMN     "backend_started_at" TIMESTAMPTZ(6);

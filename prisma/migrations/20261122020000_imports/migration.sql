-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('committed', 'unchanged', 'rejected', 'failed');

-- CreateTable
CREATE TABLE "import_record" (
    "id" SERIAL NOT NULL,
    "dataset" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "source_id" TEXT,
    "actor" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "finished_at" TIMESTAMP(3) NOT NULL,
    "rows_total" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "status" "ImportStatus" NOT NULL,
    "error_summary" TEXT,

    CONSTRAINT "import_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_record_dataset_started_at_idx" ON "import_record"("dataset", "started_at");

-- CreateIndex
CREATE INDEX "import_record_started_at_idx" ON "import_record"("started_at");

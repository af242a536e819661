-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('persons', 'yuan', 'percent');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('year', 'mid_year', 'substitute');

-- CreateTable
CREATE TABLE "series" (
    "id" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "publisher" TEXT NOT NULL,
    "official" BOOLEAN NOT NULL,
    "definition_en" TEXT NOT NULL,
    "definition_zh" TEXT NOT NULL,
    "note_ids" TEXT[],
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "series_value" (
    "series_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "period_kind" "PeriodKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER,
    "value" DOUBLE PRECISION,
    "qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "flag" TEXT NOT NULL DEFAULT 'S',
    "break_before" BOOLEAN NOT NULL DEFAULT false,
    "source_id" TEXT NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "series_value_pkey" PRIMARY KEY ("series_id","period")
);

-- CreateIndex
CREATE INDEX "series_group_idx" ON "series"("group");

-- CreateIndex
CREATE INDEX "series_value_series_id_period_kind_year_idx" ON "series_value"("series_id", "period_kind", "year");

-- AddForeignKey
ALTER TABLE "series_value" ADD CONSTRAINT "series_value_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "series"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_value" ADD CONSTRAINT "series_value_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "data_note" ADD COLUMN     "scope_series_id" TEXT;

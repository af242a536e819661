-- A village-level list's rows are matched to the NBS 2023 registry at import (county → town →
-- village, lib/import/village-matching.ts): the village's 12-digit code, its town's 9-digit code and
-- its county's adcode are kept beside the names as printed. Rows imported before matching existed
-- keep NULL codes (they count for their city, never for a county or town).

-- AlterTable
ALTER TABLE "taobao_village" ADD COLUMN "village_code" BIGINT,
ADD COLUMN "town_code" INTEGER,
ADD COLUMN "county_adcode" INTEGER;

-- CreateIndex
CREATE INDEX "taobao_village_year_county_adcode_idx" ON "taobao_village"("year", "county_adcode");

-- CreateIndex
CREATE INDEX "taobao_village_year_town_code_idx" ON "taobao_village"("year", "town_code");

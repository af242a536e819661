-- The village registry (NBS 2023: 620,573 villages and neighbourhood committees, 12-digit codes),
-- loaded on demand by `npm run registry:villages` (lib/data/village-registry.ts), never by the seed:
-- `npm start` does not load it. Its provenance is the app_meta row "village_registry".

-- CreateTable
CREATE TABLE "village_division" (
    "code" BIGINT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "town_code" INTEGER NOT NULL,

    CONSTRAINT "village_division_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "village_division_town_code_idx" ON "village_division"("town_code");

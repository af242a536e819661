-- The county and town registry (NBS 2023 statistical division codes, from data/registry/counties.csv
-- and towns.csv, built by scripts/build-division-registry.mjs) and the published county counts
-- (data/taobao-villages/counties.csv).

-- CreateTable
CREATE TABLE "county" (
    "adcode" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "city_adcode" INTEGER,
    "province_adcode" INTEGER NOT NULL,

    CONSTRAINT "county_pkey" PRIMARY KEY ("adcode")
);

-- CreateTable
CREATE TABLE "town" (
    "code" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "county_adcode" INTEGER NOT NULL,

    CONSTRAINT "town_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "taobao_village_county_count" (
    "year" INTEGER NOT NULL,
    "county_adcode" INTEGER NOT NULL,
    "county_name_en" TEXT,
    "villages" INTEGER,
    "villages_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "towns" INTEGER,
    "towns_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "source_id" TEXT NOT NULL,
    "source_page" TEXT,
    "note_ids" TEXT[],

    CONSTRAINT "taobao_village_county_count_pkey" PRIMARY KEY ("year","county_adcode","source_id")
);

-- CreateIndex
CREATE INDEX "county_city_adcode_idx" ON "county"("city_adcode");

-- CreateIndex
CREATE INDEX "county_province_adcode_idx" ON "county"("province_adcode");

-- CreateIndex
CREATE INDEX "town_county_adcode_idx" ON "town"("county_adcode");

-- CreateIndex
CREATE INDEX "taobao_village_county_count_year_idx" ON "taobao_village_county_count"("year");

-- AddForeignKey
ALTER TABLE "county" ADD CONSTRAINT "county_city_adcode_fkey" FOREIGN KEY ("city_adcode") REFERENCES "city"("adcode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "county" ADD CONSTRAINT "county_province_adcode_fkey" FOREIGN KEY ("province_adcode") REFERENCES "province"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "town" ADD CONSTRAINT "town_county_adcode_fkey" FOREIGN KEY ("county_adcode") REFERENCES "county"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_county_count" ADD CONSTRAINT "taobao_village_county_count_county_adcode_fkey" FOREIGN KEY ("county_adcode") REFERENCES "county"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_county_count" ADD CONSTRAINT "taobao_village_county_count_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

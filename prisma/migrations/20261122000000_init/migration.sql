-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('paper', 'official', 'industry', 'press');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('east', 'central', 'west', 'northeast');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'approx', 'lower_bound');

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" TEXT,
    "as_reported_by" TEXT,
    "where_read" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "citation" JSONB,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "province" (
    "adcode" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "short_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "region" "Region" NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("adcode")
);

-- CreateTable
CREATE TABLE "city" (
    "adcode" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "province_adcode" INTEGER NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "city_pkey" PRIMARY KEY ("adcode")
);

-- CreateTable
CREATE TABLE "taobao_village_national" (
    "year" INTEGER NOT NULL,
    "villages" INTEGER,
    "villages_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "towns" INTEGER,
    "towns_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "reference_date" TEXT,
    "source_id" TEXT NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "taobao_village_national_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "taobao_village_province_count" (
    "year" INTEGER NOT NULL,
    "province_adcode" INTEGER NOT NULL,
    "villages" INTEGER,
    "villages_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "towns" INTEGER,
    "towns_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "published_rank" INTEGER,
    "source_id" TEXT NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "taobao_village_province_count_pkey" PRIMARY KEY ("year","province_adcode")
);

-- CreateTable
CREATE TABLE "taobao_village_city_count" (
    "year" INTEGER NOT NULL,
    "city_adcode" INTEGER NOT NULL,
    "villages" INTEGER,
    "villages_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "towns" INTEGER,
    "towns_qualifier" "Qualifier" NOT NULL DEFAULT 'exact',
    "published_rank" INTEGER,
    "ranked_list" TEXT,
    "source_id" TEXT NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "taobao_village_city_count_pkey" PRIMARY KEY ("year","city_adcode")
);

-- CreateTable
CREATE TABLE "taobao_village" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "town" TEXT NOT NULL DEFAULT '',
    "county" TEXT NOT NULL DEFAULT '',
    "city_adcode" INTEGER NOT NULL,
    "sales_band" TEXT,
    "source_id" TEXT NOT NULL,

    CONSTRAINT "taobao_village_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_note" (
    "id" TEXT NOT NULL,
    "dataset" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "scope_year" INTEGER,
    "scope_province_adcode" INTEGER,
    "scope_city_adcode" INTEGER,
    "source_id" TEXT,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,

    CONSTRAINT "data_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_meta_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "city_province_adcode_idx" ON "city"("province_adcode");

-- CreateIndex
CREATE INDEX "taobao_village_city_count_year_ranked_list_idx" ON "taobao_village_city_count"("year", "ranked_list");

-- CreateIndex
CREATE INDEX "taobao_village_year_city_adcode_idx" ON "taobao_village"("year", "city_adcode");

-- CreateIndex
CREATE UNIQUE INDEX "taobao_village_year_city_adcode_county_town_name_key" ON "taobao_village"("year", "city_adcode", "county", "town", "name");

-- CreateIndex
CREATE INDEX "data_note_dataset_scope_year_idx" ON "data_note"("dataset", "scope_year");

-- AddForeignKey
ALTER TABLE "city" ADD CONSTRAINT "city_province_adcode_fkey" FOREIGN KEY ("province_adcode") REFERENCES "province"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_national" ADD CONSTRAINT "taobao_village_national_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_province_count" ADD CONSTRAINT "taobao_village_province_count_province_adcode_fkey" FOREIGN KEY ("province_adcode") REFERENCES "province"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_province_count" ADD CONSTRAINT "taobao_village_province_count_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_city_count" ADD CONSTRAINT "taobao_village_city_count_city_adcode_fkey" FOREIGN KEY ("city_adcode") REFERENCES "city"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village_city_count" ADD CONSTRAINT "taobao_village_city_count_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village" ADD CONSTRAINT "taobao_village_city_adcode_fkey" FOREIGN KEY ("city_adcode") REFERENCES "city"("adcode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "taobao_village" ADD CONSTRAINT "taobao_village_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_note" ADD CONSTRAINT "data_note_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

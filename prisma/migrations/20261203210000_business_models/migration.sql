-- AlterTable
ALTER TABLE "source" ADD COLUMN     "date_kind" TEXT NOT NULL DEFAULT 'published',
ADD COLUMN     "from_seed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "seed_file" TEXT;

-- AlterTable
ALTER TABLE "taobao_village_national" ADD COLUMN     "towns_flag" TEXT NOT NULL DEFAULT 'S';

-- AlterTable
ALTER TABLE "data_note" ADD COLUMN     "citation_id" TEXT,
ADD COLUMN     "scope_model" TEXT;

-- CreateTable
CREATE TABLE "citation" (
    "id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "where" TEXT NOT NULL,
    "quote" TEXT,
    "also_quotes" TEXT[],

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_section" (
    "id" TEXT NOT NULL,
    "primary_citation_id" TEXT,

    CONSTRAINT "model_section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_section_text" (
    "section_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT,

    CONSTRAINT "model_section_text_pkey" PRIMARY KEY ("section_id","key")
);

-- CreateTable
CREATE TABLE "business_model_dimension" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "label_en" TEXT NOT NULL,
    "label_zh" TEXT NOT NULL,
    "ordinal" BOOLEAN NOT NULL,

    CONSTRAINT "business_model_dimension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "business_model" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "citation_id" TEXT NOT NULL,
    "definition_kind" TEXT NOT NULL,
    "definition_kind_note_en" TEXT,
    "definition_kind_note_zh" TEXT,
    "definition_text_en" TEXT NOT NULL,
    "definition_text_zh" TEXT NOT NULL,
    "definition_zh_is_translation" BOOLEAN NOT NULL,
    "definition_note_en" TEXT,
    "definition_note_zh" TEXT,
    "definition_citation_id" TEXT NOT NULL,
    "definition_also_citation_id" TEXT,
    "typical_platforms_note_en" TEXT,
    "typical_platforms_note_zh" TEXT,
    "note_ids" TEXT[],

    CONSTRAINT "business_model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "business_model_requirement" (
    "model_id" TEXT NOT NULL,
    "dimension_id" TEXT NOT NULL,
    "level" INTEGER,
    "quote" TEXT,
    "where" TEXT NOT NULL,
    "support" TEXT,
    "note_en" TEXT NOT NULL,
    "note_zh" TEXT NOT NULL,
    "citation_id" TEXT NOT NULL,
    "also_quotes" TEXT[],
    "ordinal" BOOLEAN NOT NULL,

    CONSTRAINT "business_model_requirement_pkey" PRIMARY KEY ("model_id","dimension_id")
);

-- CreateTable
CREATE TABLE "business_model_platform" (
    "model_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "name_zh" TEXT,
    "identification_note_en" TEXT,
    "identification_note_zh" TEXT,
    "citation_id" TEXT NOT NULL,

    CONSTRAINT "business_model_platform_pkey" PRIMARY KEY ("model_id","position")
);

-- CreateTable
CREATE TABLE "business_model_example" (
    "model_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name_en" TEXT,
    "name_zh" TEXT,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "citation_id" TEXT NOT NULL,

    CONSTRAINT "business_model_example_pkey" PRIMARY KEY ("model_id","kind","position")
);

-- CreateTable
CREATE TABLE "business_model_claim" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "citation_id" TEXT NOT NULL,

    CONSTRAINT "business_model_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform_type" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "citation_id" TEXT NOT NULL,
    "examples_citation_id" TEXT NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "platform_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform_type_example" (
    "type_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "name_zh" TEXT,
    "zh_is_identification" BOOLEAN NOT NULL,

    CONSTRAINT "platform_type_example_pkey" PRIMARY KEY ("type_id","position")
);

-- CreateTable
CREATE TABLE "platform_text" (
    "id" TEXT NOT NULL,
    "type_id" TEXT,
    "aspect" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "citation_id" TEXT NOT NULL,
    "items_en" TEXT[],
    "items_zh" TEXT[],
    "open_ended" BOOLEAN,

    CONSTRAINT "platform_text_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_guide_rule" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "rule_en" TEXT NOT NULL,
    "rule_zh" TEXT NOT NULL,
    "citation_id" TEXT NOT NULL,

    CONSTRAINT "model_guide_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_guide_model" (
    "model_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "ideal_note_en" TEXT NOT NULL,
    "ideal_note_zh" TEXT NOT NULL,
    "rule_en" TEXT NOT NULL,
    "rule_zh" TEXT NOT NULL,
    "condition_en" TEXT NOT NULL,
    "condition_zh" TEXT NOT NULL,
    "sentences_followed" TEXT[],
    "citation_id" TEXT NOT NULL,

    CONSTRAINT "model_guide_model_pkey" PRIMARY KEY ("model_id")
);

-- CreateTable
CREATE TABLE "model_guide_threshold" (
    "model_id" TEXT NOT NULL,
    "dimension_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "minimum" INTEGER,
    "ideal" INTEGER,
    "support" TEXT,

    CONSTRAINT "model_guide_threshold_pkey" PRIMARY KEY ("model_id","dimension_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_seed_file_key" ON "source"("seed_file");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- AddForeignKey
ALTER TABLE "data_note" ADD CONSTRAINT "data_note_citation_id_fkey" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_section_text" ADD CONSTRAINT "model_section_text_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "model_section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "business_model_requirement" ADD CONSTRAINT "business_model_requirement_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "business_model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "business_model_requirement" ADD CONSTRAINT "business_model_requirement_dimension_id_fkey" FOREIGN KEY ("dimension_id") REFERENCES "business_model_dimension"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "business_model_platform" ADD CONSTRAINT "business_model_platform_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "business_model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "business_model_example" ADD CONSTRAINT "business_model_example_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "business_model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_type_example" ADD CONSTRAINT "platform_type_example_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "platform_type"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_text" ADD CONSTRAINT "platform_text_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "platform_type"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_guide_model" ADD CONSTRAINT "model_guide_model_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "business_model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_guide_threshold" ADD CONSTRAINT "model_guide_threshold_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model_guide_model"("model_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Case studies (data/clusters/*.json): Yongkang SEM tables, Wenzhou index system and factors,
-- cross-border logistics models and points, prose figures; case-study notes in data_note.
-- AlterTable
ALTER TABLE "data_note" ADD COLUMN IF NOT EXISTS "source_ref" JSONB,
ADD COLUMN IF NOT EXISTS "scope" JSONB;

-- CreateTable
CREATE TABLE "case_study" (
    "id" TEXT NOT NULL,
    "source_id" TEXT,
    "document" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "case_study_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_figure" (
    "case_study_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "groups" TEXT[],
    "label_en" TEXT NOT NULL,
    "label_zh" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "qualifier" TEXT,
    "year" INTEGER,
    "base_year" INTEGER,
    "about_cluster" TEXT,
    "details" JSONB NOT NULL,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "case_figure_pkey" PRIMARY KEY ("case_study_id","id")
);

-- CreateTable
CREATE TABLE "case_point" (
    "case_study_id" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "zh_is_translation" BOOLEAN,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "case_point_pkey" PRIMARY KEY ("case_study_id","id")
);

-- CreateTable
CREATE TABLE "sem_construct" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "name_printed" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "definition_en" TEXT NOT NULL,
    "definition_zh" TEXT NOT NULL,
    "source" JSONB NOT NULL,

    CONSTRAINT "sem_construct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sem_item" (
    "item_id" TEXT NOT NULL,
    "construct_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "item_id_printed" BOOLEAN NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "loading" DOUBLE PRECISION,
    "text_note_en" TEXT,
    "text_note_zh" TEXT,
    "item_id_note_en" TEXT,
    "item_id_note_zh" TEXT,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "sem_item_pkey" PRIMARY KEY ("item_id")
);

-- CreateTable
CREATE TABLE "sem_reliability" (
    "construct_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "cronbach_alpha" DOUBLE PRECISION,
    "cronbach_alpha_printed" DOUBLE PRECISION[],
    "printed_in_rows" TEXT[],
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "sem_reliability_pkey" PRIMARY KEY ("construct_id")
);

-- CreateTable
CREATE TABLE "sem_validity" (
    "construct_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "ave" DOUBLE PRECISION NOT NULL,
    "diagonal" DOUBLE PRECISION NOT NULL,
    "source" JSONB NOT NULL,

    CONSTRAINT "sem_validity_pkey" PRIMARY KEY ("construct_id")
);

-- CreateTable
CREATE TABLE "sem_correlation" (
    "row_construct_id" TEXT NOT NULL,
    "column_construct_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "sem_correlation_pkey" PRIMARY KEY ("row_construct_id","column_construct_id")
);

-- CreateTable
CREATE TABLE "sem_fit_index" (
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "name_printed" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "threshold_printed" TEXT NOT NULL,
    "thresholds" JSONB NOT NULL,
    "acceptable_threshold" JSONB,
    "judgment_printed" TEXT NOT NULL,
    "full_name_from_note" TEXT,
    "note_ids" TEXT[],

    CONSTRAINT "sem_fit_index_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "sem_path" (
    "from_construct_id" TEXT NOT NULL,
    "to_construct_id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "estimate" DOUBLE PRECISION NOT NULL,
    "se" DOUBLE PRECISION NOT NULL,
    "cr" DOUBLE PRECISION NOT NULL,
    "sig_printed" TEXT NOT NULL,
    "p" DOUBLE PRECISION,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "sem_path_pkey" PRIMARY KEY ("from_construct_id","to_construct_id")
);

-- CreateTable
CREATE TABLE "sem_mediation_effect" (
    "model" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "cells_printed" TEXT[],
    "point_estimate" DOUBLE PRECISION,
    "se" DOUBLE PRECISION,
    "z" DOUBLE PRECISION,
    "ci_lower" DOUBLE PRECISION NOT NULL,
    "ci_upper" DOUBLE PRECISION NOT NULL,
    "unlabelled_column" DOUBLE PRECISION NOT NULL,
    "proportion_pct" DOUBLE PRECISION,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "sem_mediation_effect_pkey" PRIMARY KEY ("model","effect")
);

-- CreateTable
CREATE TABLE "sem_hypothesis" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "outcome_printed" TEXT NOT NULL,
    "mediation_model" TEXT,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "sem_hypothesis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sem_prose_claim" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "text_en" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "agrees_with_table" BOOLEAN NOT NULL,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "sem_prose_claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sem_sample_category" (
    "dimension" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "dimension_sort_order" INTEGER NOT NULL,
    "dimension_zh" TEXT NOT NULL,
    "label_printed" TEXT NOT NULL,
    "label_zh" TEXT NOT NULL,
    "share_pct" DOUBLE PRECISION NOT NULL,
    "count" INTEGER,
    "sum_pct" DOUBLE PRECISION NOT NULL,
    "source" JSONB NOT NULL,

    CONSTRAINT "sem_sample_category_pkey" PRIMARY KEY ("dimension","position")
);

-- CreateTable
CREATE TABLE "wenzhou_indicator" (
    "id" TEXT NOT NULL,
    "parent_id" TEXT,
    "level" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "name_printed" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "zh_is_translation" BOOLEAN,
    "zh_uncertain" BOOLEAN,
    "children_note_en" TEXT,
    "children_note_zh" TEXT,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "wenzhou_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wenzhou_factor" (
    "factor_printed" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "factor_zh" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,
    "text_zh" TEXT NOT NULL,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "wenzhou_factor_pkey" PRIMARY KEY ("factor_printed")
);

-- CreateTable
CREATE TABLE "cross_border_logistics_model" (
    "id" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "name_printed" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "what_the_paper_says_en" TEXT NOT NULL,
    "what_the_paper_says_zh" TEXT NOT NULL,
    "advantages" TEXT,
    "disadvantages" TEXT,
    "not_stated_en" TEXT,
    "not_stated_zh" TEXT,
    "source" JSONB NOT NULL,
    "note_ids" TEXT[],

    CONSTRAINT "cross_border_logistics_model_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "wenzhou_indicator_parent_id_idx" ON "wenzhou_indicator"("parent_id");

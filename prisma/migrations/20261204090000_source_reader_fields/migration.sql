-- The source as a reader cites it, in both languages (publisher, title, "as reported by" with its
-- address where known, place in the source, licence): data/sources.json's `reader`. Additive.

-- AlterTable
ALTER TABLE "source" ADD COLUMN     "reader" JSONB;

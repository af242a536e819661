-- Where each Yongkang data note sits in the SEM tables (per table: header notes, cell rules), and
-- which structural paths each hypothesis is tested by: facts of the paper, formerly constants in code.

-- AlterTable
ALTER TABLE "case_study" ADD COLUMN     "note_placement" JSONB;

-- AlterTable
ALTER TABLE "sem_hypothesis" ADD COLUMN     "path_ids" TEXT[] DEFAULT ARRAY[]::TEXT[];

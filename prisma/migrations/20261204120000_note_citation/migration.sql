-- One way for a note to cite its source: every data_note cites its place in a paper through
-- citation_id → citation (source, where, quote), the case-study notes included, which kept a
-- {file, where} JSON of their own in source_ref until now.

-- AlterTable
ALTER TABLE "data_note" DROP COLUMN "source_ref";

-- The case-study notes' citation rows are written by the seed (their ids are the data file's JSON
-- paths, which SQL cannot know): forget the seed's checksum so the next seed (npm start, or the
-- release step npm run db:seed) reloads the data files even when they are unchanged.
DELETE FROM "app_meta" WHERE "key" = 'seed_checksum';

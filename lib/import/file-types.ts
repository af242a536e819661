/**
 * What the import form's file picker offers (its `accept`). The importer reads any text file by its
 * content, not its name (lib/import/csv.ts, lib/import/encoding.ts), so besides .csv and .tsv it offers
 * .txt: Excel's "Unicode text" export (UTF-16, tab-separated) is saved with that ending.
 */
export const IMPORT_FILE_ACCEPT = ['.csv', '.tsv', '.txt', 'text/csv', 'text/plain'].join(',');

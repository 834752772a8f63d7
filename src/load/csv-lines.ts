/**
 * The line endings a CSV record may end with. csv-parse otherwise takes the first line's ending
 * for the whole file, so a file saved with a CRLF header and LF rows (an office's sheet edited
 * in two programs) would read as one long row.
 */
export const CSV_RECORD_DELIMITERS: string[] = ['\r\n', '\n', '\r'];

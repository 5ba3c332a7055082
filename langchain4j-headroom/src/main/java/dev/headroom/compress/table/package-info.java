/**
 * The table compressor ({@link dev.headroom.compress.table.TableCompressor}) and its internals: detection
 * ({@link dev.headroom.compress.table.TableSniffer}, used by the content detector), parsing of CSV/TSV,
 * aligned columns, box tables and {@code ls -l} listings, and the choice of the rows to show.
 */
@NullMarked
package dev.headroom.compress.table;

import org.jspecify.annotations.NullMarked;

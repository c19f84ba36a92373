package vn.tinhso.catalog.internal;

import java.util.List;
import java.util.function.Consumer;

import vn.tinhso.catalog.internal.RawTable.RawRow;

/** A file opened to be read row by row: its header, then its rows, without holding the file in memory. */
interface RowSource {

    String format();

    /** The header; reading it may read the file through once (JSON gathers its keys). Throws {@link UnreadableFile}. */
    List<String> headers();

    /** Reads every row after the header, in order; may be called again for a second pass. Throws {@link UnreadableFile}. */
    void rows(Consumer<RawRow> each);

    /** Bytes of the file read so far by the current or last pass (0 where the format cannot tell). */
    long bytesRead();
}

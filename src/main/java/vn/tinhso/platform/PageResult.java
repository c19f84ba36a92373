package vn.tinhso.platform;

import java.util.List;

/** One page of a list, with what a client needs to fetch the next. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 1000;

    public PageResult {
        items = List.copyOf(items);
    }

    /** Rows to skip; a long, since {@code page * size} overflows an int for a page such as 2147483647. */
    public static long offset(int page, int size) {
        return (long) Math.max(page, 0) * clampSize(size);
    }

    public static int clampSize(int size) {
        return Math.min(Math.max(size, 1), MAX_SIZE);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}

package vn.tinhso.platform;

import java.util.List;

/** One page of a list, with what a client needs to fetch the next. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 1000;

    public PageResult {
        items = List.copyOf(items);
    }

    public static int offset(int page, int size) {
        return Math.max(page, 0) * clampSize(size);
    }

    public static int clampSize(int size) {
        return Math.min(Math.max(size, 1), MAX_SIZE);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}

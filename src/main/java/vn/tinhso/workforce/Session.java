package vn.tinhso.workforce;

import java.time.LocalDate;

/** A session as stored; sessions created by an import have no capacity. */
public record Session(long id, String course, LocalDate startsOn, LocalDate endsOn, String communeCode, Integer capacity,
                      long enrolled) {
}

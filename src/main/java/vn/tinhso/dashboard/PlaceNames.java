package vn.tinhso.dashboard;

import java.time.LocalDate;
import java.util.Optional;

/** The name of an administrative unit for the page headings, given by the module that keeps the units. */
public interface PlaceNames {

    Optional<String> nameOf(String code, LocalDate asOf);
}

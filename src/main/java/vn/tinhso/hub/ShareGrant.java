package vn.tinhso.hub;

import java.time.LocalDate;
import java.util.List;

/**
 * What one consumer may read of one dataset: {@code columns}, the rows of communes within {@code unitCode} (a province,
 * district or commune code; null for all), for {@code purpose}, from {@code validFrom} to {@code validTo} (null: open).
 */
public record ShareGrant(Long id, String consumer, String dataset, List<String> columns, String unitCode, String purpose,
                         LocalDate validFrom, LocalDate validTo) {

    public ShareGrant {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("a grant names at least one column");
        if (purpose == null || purpose.isBlank()) throw new IllegalArgumentException("a grant states its purpose");
        if (validFrom == null) throw new IllegalArgumentException("a grant starts on a date");
        if (validTo != null && validTo.isBefore(validFrom)) throw new IllegalArgumentException("a grant cannot end before it starts");
    }
}

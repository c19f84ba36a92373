package vn.tinhso.territory;

import java.time.LocalDate;

/**
 * An administrative unit over the period it existed: a province, district, commune or village
 * (the model does not fix the number of levels; {@code depth} is 0 for a province).
 */
public record AdminUnit(String code, String name, String nameAscii, String level, int depth, String type,
                        String parentCode, LocalDate validFrom, LocalDate validTo, Long population,
                        Double latitude, Double longitude) {

    public boolean existsOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }
}

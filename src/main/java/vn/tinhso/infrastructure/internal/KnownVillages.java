package vn.tinhso.infrastructure.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Village;

/** The province's village codes, read once per import (a few seconds at most) instead of once per row. */
@Component
class KnownVillages {

    private static final long FRESH_MS = 3_000;

    private final Territory territory;
    private final String province;
    private Set<String> codes = Set.of();
    private long readAt;

    KnownVillages(Territory territory, @Value("${tinhso.province}") String province) {
        this.territory = territory;
        this.province = province;
    }

    synchronized boolean exists(String code) {
        if (System.currentTimeMillis() - readAt > FRESH_MS) {
            codes = territory.villages(province, LocalDate.now(OpenCellIdImportKind.VIETNAM)).stream()
                    .map(Village::code).collect(Collectors.toUnmodifiableSet());
            readAt = System.currentTimeMillis();
        }
        return codes.contains(code);
    }
}

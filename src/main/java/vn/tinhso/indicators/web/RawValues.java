package vn.tinhso.indicators.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Period;
import vn.tinhso.platform.NotFoundException;

/** The raw values of an element in a period, or those a dataset version brought, with their versions' sources. */
@Component
class RawValues {

    static final int MAX = 50_000;

    private final DataValues values;
    private final IndicatorCatalog catalog;
    private final VersionSources versions;

    RawValues(DataValues values, IndicatorCatalog catalog, VersionSources versions) {
        this.values = values;
        this.catalog = catalog;
        this.versions = versions;
    }

    List<RawValue> find(String element, String pe, Long version, LocalDate knownOn, int limit) {
        String code = element == null || element.isBlank() ? null : element.trim();
        if (version == null && (code == null || pe == null || pe.isBlank()))
            throw new IllegalArgumentException("name an element and a period (element=ECOM_SALES&pe=2024Y9M), or a dataset version (version=12)");
        if (code != null && catalog.element(code).isEmpty()) throw new NotFoundException("no data element '" + code + "'");
        Period period = pe == null || pe.isBlank() ? null : Period.parse(pe);
        List<DataValues.Stored> stored = values.stored(code, period, version, knownOn, Math.min(Math.max(limit, 1), MAX));
        Map<Long, VersionSources.Version> sources = versions.of(stored.stream().map(DataValues.Stored::datasetVersion).toList());
        return stored.stream().map(v -> RawValue.of(v, v.datasetVersion() == null ? null : sources.get(v.datasetVersion()))).toList();
    }
}

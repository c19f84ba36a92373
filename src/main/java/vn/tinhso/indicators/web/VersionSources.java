package vn.tinhso.indicators.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.Imports;

/** The dataset, version number and source of dataset versions, asked of the catalog once per version shown. */
@Component
class VersionSources {

    record Version(long id, String dataset, int number, String source) {
    }

    private final Imports imports;

    VersionSources(Imports imports) {
        this.imports = imports;
    }

    Map<Long, Version> of(Collection<Long> ids) {
        Map<Long, Version> versions = new HashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().limit(1000).forEach(id -> imports.job(id)
                .ifPresent((ImportJob job) -> versions.put(id, new Version(id, job.dataset(), job.number(), job.source()))));
        return versions;
    }
}

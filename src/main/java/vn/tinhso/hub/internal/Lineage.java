package vn.tinhso.hub.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.Imports;
import vn.tinhso.hub.internal.LineageGraph.Edge;
import vn.tinhso.hub.internal.LineageGraph.Kind;
import vn.tinhso.hub.internal.LineageGraph.Node;
import vn.tinhso.hub.internal.LineageGraph.Version;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Period;
import vn.tinhso.platform.NotFoundException;

/** Lineage of an indicator value (through its data elements) and of an open-data file (through the registry tables). */
@Service
public class Lineage {

    private final IndicatorCatalog indicators;
    private final DataValues values;
    private final Imports imports;
    private final OpenData open;
    private final JdbcClient jdbc;

    Lineage(IndicatorCatalog indicators, DataValues values, Imports imports, OpenData open, JdbcClient jdbc) {
        this.indicators = indicators;
        this.values = values;
        this.imports = imports;
        this.open = open;
        this.jdbc = jdbc;
    }

    /** The value of an indicator or data element for a period at a unit (its subtree's values). */
    public LineageGraph ofValue(String code, String periodCode, String unit) {
        if (indicators.indicator(code).isEmpty() && indicators.element(code).isEmpty())
            throw new NotFoundException("no indicator or data element " + code);
        Period period = Period.parse(periodCode);
        Builder graph = new Builder(new Node("value", Kind.VALUE, code + " · " + period.code() + " · " + unit));
        for (String element : indicators.elementsUsedBy(code)) {
            String elementNode = graph.node("element:" + element, Kind.ELEMENT, element);
            graph.edge(elementNode, "value", null);
            for (DataValues.Source source : values.sources(element, period, unit))
                graph.version(source.datasetVersionId(), elementNode, element, source.values());
        }
        return graph.build();
    }

    /** An open dataset's published files (CSV and JSON hold the same rows). */
    public LineageGraph ofOpenData(String dataset) {
        OpenData.OpenDataset d = open.dataset(dataset).orElseThrow(() -> new NotFoundException("no open dataset " + dataset));
        Builder graph = new Builder(new Node("file", Kind.FILE, d.id() + ".csv · " + d.id() + ".json"));
        for (String table : open.tables(d)) {
            String tableNode = graph.node("table:" + table, Kind.TABLE, table);
            graph.edge(tableNode, "file", null);
            // the table names come from OpenData's own list, never from the request
            jdbc.sql("select dataset_version_id, count(*) from " + table + " group by 1 order by 1")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                    .forEach(v -> graph.version(v[0], tableNode, table, v[1]));
        }
        return graph.build();
    }

    private final class Builder {
        private final Node subject;
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final java.util.Set<Edge> edges = new java.util.LinkedHashSet<>();
        private final List<Version> versions = new ArrayList<>();
        private final Map<Long, Optional<ImportJob>> jobs = new LinkedHashMap<>();

        Builder(Node subject) {
            this.subject = subject;
            nodes.put(subject.id(), subject);
        }

        String node(String id, Kind kind, String label) {
            nodes.putIfAbsent(id, new Node(id, kind, label));
            return id;
        }

        void edge(String from, String to, Long count) {
            edges.add(new Edge(from, to, count));
        }

        void version(Long id, String usedByNode, String usedBy, long count) {
            Optional<ImportJob> job = id == null ? Optional.empty() : jobs.computeIfAbsent(id, imports::job);
            String versionNode = node("version:" + id, Kind.VERSION, job.map(j -> j.dataset() + " v" + j.number())
                    .orElse(id == null ? "—" : "#" + id));
            edge(versionNode, usedByNode, count);
            job.ifPresent(j -> edge(node("dataset:" + j.datasetId(), Kind.DATASET, j.dataset()), versionNode, null));
            versions.add(job.map(j -> new Version(id, j.dataset(), j.number(), j.kind(), j.fileName(), j.sha256(), j.source(),
                            j.username(), j.finishedAt(), j.rowsAccepted(), usedBy, count))
                    .orElse(new Version(id, null, null, null, null, null, null, null, null, 0, usedBy, count)));
        }

        LineageGraph build() {
            return new LineageGraph(subject, List.copyOf(nodes.values()), List.copyOf(edges), List.copyOf(versions));
        }
    }
}

package vn.tinhso.hub.internal;

import java.time.Instant;
import java.util.List;

/**
 * Where a figure or a published file came from, as a graph drawn left to right: datasets → their versions → what was
 * computed from them (data elements, registry tables) → the figure or file. Edges point from the source to what was
 * derived from it, as in OpenLineage.
 */
public record LineageGraph(Node subject, List<Node> nodes, List<Edge> edges, List<Version> versions) {

    public enum Kind { DATASET, VERSION, ELEMENT, TABLE, VALUE, FILE }

    public record Node(String id, Kind kind, String label) {
    }

    /** @param count how many values or rows the source gave, where that is known */
    public record Edge(String from, String to, Long count) {
    }

    /** A dataset version behind the subject, with its provenance; {@code id} null for values written without a version. */
    public record Version(Long id, String dataset, Integer number, String kind, String fileName, String sha256, String source,
                          String username, Instant finishedAt, int rowsAccepted, String usedBy, long count) {
    }
}

package vn.tinhso.hub.internal;

import java.net.URI;
import java.util.Set;

/**
 * A REST/JSON source: {@code kind} is the import kind its records become ({@code hub.citizens}, {@code hub.enterprises},
 * {@code hub.parcels}, or {@code hub.public-services} for the public-service portal's statistics); {@code baseUrl} answers {@code GET ?updatedSince=&page=&size=} with
 * {@code {"items": [...], "page": n, "pages": m}}.
 */
public record ConnectorSpec(String code, String kind, String baseUrl, int pageSize) {

    public static final Set<String> KINDS = Set.of("hub.citizens", "hub.enterprises", "hub.parcels", "hub.public-services");

    public ConnectorSpec {
        if (code == null || !code.matches("[a-z0-9][a-z0-9._-]{0,62}"))
            throw new IllegalArgumentException("a connector code is lower-case letters, digits, '.', '_' or '-': " + code);
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("a connector feeds one of " + KINDS + ", not " + kind);
        URI uri = URI.create(baseUrl);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
            throw new IllegalArgumentException("a connector reads an http or https address: " + baseUrl);
        if (pageSize < 1 || pageSize > 5000) throw new IllegalArgumentException("a page holds 1 to 5000 records");
    }
}

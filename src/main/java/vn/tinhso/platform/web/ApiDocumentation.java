package vn.tinhso.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, and one tag per module instead of springdoc's controller class
 * names: an operation is tagged by the module that serves its /api/ path.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    /** First path segment after /api/ → the module's tag; paths already named by their module map to themselves. */
    private static final Map<String, String> MODULE_OF_SEGMENT = Map.ofEntries(
            Map.entry("territory", "Territory"), Map.entry("catalog", "Catalog"), Map.entry("imports", "Catalog"),
            Map.entry("datasets", "Catalog"), Map.entry("indicators", "Indicators"), Map.entry("analytics", "Indicators"),
            Map.entry("workforce", "Workforce"), Map.entry("access", "Access"), Map.entry("audit", "Access"),
            Map.entry("tokens", "Access"), Map.entry("dashboard", "Dashboard"));

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Territory", "Administrative units, the 2025 reorganisation, villages and boundaries",
            "Catalog", "Import jobs, datasets and their versions with provenance",
            "Indicators", "Data values, indicators, analytics, targets and scorecards",
            "Workforce", "Digital workforce training plans, courses and enrolments",
            "Access", "API tokens and the audit log");

    @Bean
    OpenAPI tinhsoOpenApi() {
        return new OpenAPI().info(new Info().title("TinhSo API")
                .description("Open data and operations platform of the province. Errors are RFC 9457 problem details; "
                        + "machine clients send a scoped API token as 'Authorization: Bearer …'.")
                .version("1"));
    }

    @Bean
    OpenApiCustomizer tagsByModule() {
        return openApi -> {
            if (openApi.getPaths() == null) return;
            Map<String, Tag> used = new LinkedHashMap<>();
            openApi.getPaths().forEach((path, item) -> {
                String tag = moduleOf(path);
                if (tag == null) return;
                item.readOperations().forEach(operation -> operation.setTags(List.of(tag)));
                used.computeIfAbsent(tag, t -> new Tag().name(t).description(DESCRIPTIONS.get(t)));
            });
            openApi.setTags(used.values().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList());
        };
    }

    static String moduleOf(String path) {
        if (!path.startsWith("/api/")) return null;
        String rest = path.substring("/api/".length());
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return MODULE_OF_SEGMENT.getOrDefault(segment, Character.toUpperCase(segment.charAt(0)) + segment.substring(1));
    }
}

package vn.tinhso.indicators.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Scorecard;
import vn.tinhso.indicators.Target;
import vn.tinhso.indicators.ValidationRule;

/** Loads every pack under {@code packs/} (or the comma-separated locations of {@code tinhso.indicators.packs}) at start-up; a bad pack stops the start with its file and line. */
@Component
class PackCatalog implements IndicatorCatalog {

    final Definitions definitions;

    PackCatalog(@Value("${tinhso.indicators.packs:classpath*:packs/*.yaml}") String location) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String pattern : location.split(",")) {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern.trim());
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            for (Resource r : resources) files.put("packs/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
        }
        this.definitions = PackReader.read(files);
    }

    @Override
    public List<DataElement> elements() {
        return List.copyOf(definitions.elements.values());
    }

    @Override
    public Optional<DataElement> element(String code) {
        return Optional.ofNullable(definitions.elements.get(code));
    }

    @Override
    public List<Indicator> indicators() {
        return definitions.indicators.values().stream().map(Definitions.Compiled::indicator).toList();
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(definitions.indicators.get(code)).map(Definitions.Compiled::indicator);
    }

    @Override
    public List<Target> targets() {
        return List.copyOf(definitions.targets);
    }

    @Override
    public List<Scorecard> scorecards() {
        return List.copyOf(definitions.scorecards);
    }

    @Override
    public List<String> elementsUsedBy(String code) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        collect(code, found, new java.util.HashSet<>());
        return List.copyOf(found);
    }

    private void collect(String code, java.util.Set<String> found, java.util.Set<String> seen) {
        if (definitions.elements.containsKey(code)) {
            found.add(code);
            return;
        }
        Definitions.Compiled c = definitions.indicators.get(code);
        if (c == null || !seen.add(code)) return;
        walk(c.numerator(), found, seen);
        if (c.denominator() != null) walk(c.denominator(), found, seen);
    }

    private void walk(Expr e, java.util.Set<String> found, java.util.Set<String> seen) {
        if (e instanceof Expr.ElementRef r) found.add(r.code());
        else if (e instanceof Expr.IndicatorRef r) collect(r.code(), found, seen);
        else if (e instanceof Expr.Unary u) walk(u.operand(), found, seen);
        else if (e instanceof Expr.Binary b) {
            walk(b.left(), found, seen);
            walk(b.right(), found, seen);
        } else if (e instanceof Expr.Call c) c.args().forEach(a -> walk(a, found, seen));
    }

    @Override
    public List<ValidationRule> validationRules() {
        return definitions.rules.stream().map(Definitions.CompiledRule::rule).toList();
    }
}

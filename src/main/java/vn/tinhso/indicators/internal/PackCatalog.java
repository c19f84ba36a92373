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

/** Loads every pack under {@code packs/} at start-up; a bad pack stops the start with its file and line. */
@Component
class PackCatalog implements IndicatorCatalog {

    final Definitions definitions;

    PackCatalog(@Value("${tinhso.indicators.packs:classpath*:packs/*.yaml}") String location) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        Map<String, String> files = new LinkedHashMap<>();
        for (Resource r : resources) files.put("packs/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8));
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
    public List<ValidationRule> validationRules() {
        return definitions.rules.stream().map(Definitions.CompiledRule::rule).toList();
    }
}

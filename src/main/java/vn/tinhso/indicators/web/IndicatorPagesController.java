package vn.tinhso.indicators.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tinhso.access.Role;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.internal.DataQuality;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.internal.PeriodNames;
import vn.tinhso.indicators.RelativePeriods;
import vn.tinhso.indicators.internal.Scorecards;
import vn.tinhso.indicators.internal.Targets;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.Territory;

@Controller
@RequestMapping("/indicators")
class IndicatorPagesController {

    static final List<String> PERIODS = List.of("2024Y9M", "2023Y9M", "2024", "2023", "2022", "2024Q3", "2024Q2", "202409");
    static final List<String> LEVELS = List.of("province", "district", "commune");

    private final Analytics analytics;
    private final IndicatorCatalog catalog;
    private final Targets targets;
    private final Scorecards scorecards;
    private final DataQuality quality;
    private final Territory territory;
    private final PeriodChoices periodChoices;

    IndicatorPagesController(Analytics analytics, IndicatorCatalog catalog, Targets targets, Scorecards scorecards, DataQuality quality,
                             Territory territory, PeriodChoices periodChoices) {
        this.territory = territory;
        this.periodChoices = periodChoices;
        this.analytics = analytics;
        this.catalog = catalog;
        this.targets = targets;
        this.scorecards = scorecards;
        this.quality = quality;
    }

    @GetMapping
    String explorer(@RequestParam(defaultValue = "ECOM_SHARE") String dx, @RequestParam(defaultValue = "2024Y9M") String pe,
                    @RequestParam(defaultValue = "district") String ouLevel, @RequestParam(defaultValue = "${tinhso.province}") String ou,
                    @RequestParam(defaultValue = "period") String boundaries, Model model, Locale locale) {
        Indicator indicator = catalog.indicator(dx).orElseThrow(() -> new NotFoundException("no indicator " + dx));
        Period period = choosePeriod(pe, model, locale);
        Analytics.Boundaries mode = "today".equals(boundaries) ? Analytics.Boundaries.TODAY : Analytics.Boundaries.AS_OF_PERIOD;
        List<Analytics.Row> rows = analytics.query(new Analytics.Request(List.of(dx), List.of(period), ou,
                "province".equals(ouLevel) ? null : ouLevel, mode, null, true));
        List<Period> series = RelativePeriods.series(period, switch (period.type()) {
            case MONTH -> 24;
            case QUARTER -> 8;
            case WEEK -> 12;
            case HALF -> 4;
            default -> 3;
        });
        List<Analytics.Row> overTime;
        try {
            overTime = analytics.query(new Analytics.Request(List.of(dx), series, ou, null, mode, null, false));
        } catch (NotFoundException e) {
            overTime = List.of();
        }
        Map<String, Double> byUnit = new LinkedHashMap<>();
        rows.forEach(r -> byUnit.put(r.unit(), r.value()));
        List<Map<String, Object>> indicatorChoices = new ArrayList<>();
        catalog.indicators().forEach(i -> indicatorChoices.add(Map.of("code", i.code(), "name", i.name().in(locale))));
        model.addAttribute("indicator", indicator);
        model.addAttribute("indicatorName", indicator.name().in(locale));
        model.addAttribute("indicators", indicatorChoices);
        model.addAttribute("dx", dx);
        model.addAttribute("pe", period.code());
        model.addAttribute("ou", ou);
        model.addAttribute("ouLevel", ouLevel);
        model.addAttribute("boundaries", boundaries);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("rows", rows);
        model.addAttribute("elements", catalog.elementsUsedBy(dx));
        model.addAttribute("seriesLabels", overTime.stream().map(r -> PeriodNames.shortName(Period.parse(r.period()), locale)).toList());
        model.addAttribute("seriesValues", overTime.stream().map(Analytics.Row::value).toList());
        model.addAttribute("mapValues", byUnit);
        // Districts were abolished by the latest reorganisation; their polygons are the only ones on record.
        boolean districtMap = "district".equals(ouLevel) && mode == Analytics.Boundaries.AS_OF_PERIOD
                && territory.latestReorganisation().map(period.end()::isBefore).orElse(true);
        model.addAttribute("mapLevel", districtMap ? "district" : null);
        model.addAttribute("mapDate", period.end());
        model.addAttribute("targets", catalog.targets().stream().filter(t -> t.indicator().equals(dx)).toList());
        model.addAttribute("csvLink", "/api/indicators/analytics?dx=" + dx + "&pe=" + period.code() + "&ou=" + ou
                + ("province".equals(ouLevel) ? "" : "&ouLevel=" + ouLevel) + "&boundaries=" + boundaries + "&numDen=true&format=csv");
        return "indicators/explorer";
    }

    /** The period a picker's choice stands for, with the picker's choices and the choice kept selected. */
    private Period choosePeriod(String pe, Model model, Locale locale) {
        Period period = PeriodChoices.resolve(pe);
        String choice = PeriodChoices.RELATIVE.contains(pe.trim().toUpperCase()) ? pe.trim().toUpperCase() : period.code();
        model.addAttribute("peChoice", choice);
        model.addAttribute("relativePeriods", periodChoices.relative(locale));
        model.addAttribute("fixedPeriods", periodChoices.fixed(PERIODS, choice, locale));
        return period;
    }

    @GetMapping("/targets")
    String targets(@RequestParam(defaultValue = "2024Y9M") String pe, Model model, Locale locale) {
        Period period = choosePeriod(pe, model, locale);
        model.addAttribute("pe", period.code());
        model.addAttribute("board", targets.board(period));
        return "indicators/targets";
    }

    @GetMapping("/scorecards")
    String scorecard(@RequestParam(required = false) String code, @RequestParam(defaultValue = "2024Y9M") String pe,
                     @RequestParam(defaultValue = "${tinhso.province}") String ou, Model model, Locale locale,
                     org.springframework.security.core.Authentication user) {
        model.addAttribute("canVerify", user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()) || a.getAuthority().equals(Role.ANALYST.authority())));
        model.addAttribute("ou", ou);
        String card = code != null ? code : catalog.scorecards().stream().findFirst().map(s -> s.code())
                .orElseThrow(() -> new NotFoundException("no scorecard in the packs"));
        Period period = choosePeriod(pe, model, locale);
        model.addAttribute("pe", period.code());
        model.addAttribute("result", scorecards.score(card, ou, period));
        return "indicators/scorecard";
    }

    @GetMapping("/quality")
    String quality(@RequestParam(defaultValue = "202409") String pe, @RequestParam(defaultValue = "RETAIL_SALES") String element,
                   @RequestParam(defaultValue = "${tinhso.province}") String ou, Model model) {
        Period period = Period.parse(pe);
        model.addAttribute("pe", period.code());
        model.addAttribute("element", element);
        model.addAttribute("violations", quality.violations(ou, period));
        model.addAttribute("outliers", quality.outliers(element, ou, "district", period, 3.5));
        model.addAttribute("overlaps", quality.overlaps());
        return "indicators/quality";
    }

    @GetMapping("/{code}")
    String definition(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("indicator", catalog.indicator(code).orElse(null));
        model.addAttribute("element", catalog.element(code).orElse(null));
        if (catalog.indicator(code).isEmpty() && catalog.element(code).isEmpty()) throw new NotFoundException("no indicator or data element " + code);
        model.addAttribute("elements", catalog.elementsUsedBy(code));
        model.addAttribute("targets", catalog.targets().stream().filter(t -> t.indicator().equals(code)).toList());
        return "indicators/definition";
    }

    /** A wrong period or code in the address is the reader's to fix: the error page says what with a 400 (a missing one is a 404 of its own). */
    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(IllegalArgumentException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), e.getMessage());
    }
}

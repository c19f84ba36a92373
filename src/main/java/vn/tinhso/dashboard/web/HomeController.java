package vn.tinhso.dashboard.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Village;

@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    private final Territory territory;
    private final Analytics analytics;
    private final LocalDate mapDate;
    private final String province;

    HomeController(Territory territory, Analytics analytics, @Value("${tinhso.map-date}") LocalDate mapDate,
                   @Value("${tinhso.province}") String province) {
        this.territory = territory;
        this.analytics = analytics;
        this.mapDate = mapDate;
        this.province = province;
    }

    /** The indicator for the province over the year to the map date, formatted, or null while it has no data. */
    private String figure(String indicator, String province, Locale locale) {
        Period yearToDate = Period.yearToDate(mapDate.getYear(), mapDate.getMonthValue());
        try {
            Double value = analytics.query(new Analytics.Request(List.of(indicator), List.of(yearToDate), province, null,
                    Analytics.Boundaries.AS_OF_PERIOD, null, false)).get(0).value();
            if (value == null) return null;
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(value) + " %";
        } catch (NotFoundException e) {
            return null;
        } catch (RuntimeException e) {
            // The card still says "pending", but a failing query must leave a trace for the operator.
            log.warn("Home card {} could not be computed", indicator, e);
            return null;
        }
    }

    /** Share of the villages on record that have fibre, counted from the village registry itself. */
    private HeadlineCard villagesWithFibre(Locale locale) {
        List<Village> villages = territory.villages(province, mapDate);
        if (villages.isEmpty()) {
            return card("villages-fibre", "card.villagesFibre", null);
        }
        long withFibre = villages.stream().filter(v -> Boolean.TRUE.equals(v.fibre())).count();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        // Rounded down: one village without fibre must not show as 100 %.
        format.setRoundingMode(java.math.RoundingMode.DOWN);
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        return new HeadlineCard("villages-fibre", "card.villagesFibre", format.format(100.0 * withFibre / villages.size()) + " %",
                "card.villagesFibre.count", count.format(withFibre), count.format(villages.size()));
    }

    private static HeadlineCard card(String key, String title, String value) {
        return new HeadlineCard(key, title, value, value == null ? "card.pending" : null);
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        List<AdminUnit> communes = territory.units(mapDate, "commune", province);
        long population = communes.stream().mapToLong(u -> u.population() == null ? 0 : u.population()).sum();
        model.addAttribute("mapDate", mapDate);
        model.addAttribute("province", province);
        model.addAttribute("provinceName", territory.unit(province, mapDate).map(AdminUnit::name).orElse(province));
        model.addAttribute("cards", List.of(
                new HeadlineCard("units", "card.units", numbers.format(communes.size()), null),
                new HeadlineCard("population", "card.population", numbers.format(population), null),
                villagesWithFibre(locale),
                new HeadlineCard("bts", "card.bts", null, "card.pending"),
                card("smartphone", "card.smartphone", figure("SMARTPHONE_SHARE", province, locale)),
                card("broadband", "card.broadband", figure("HH_FIBRE_SHARE", province, locale)),
                card("grdp", "card.grdp", figure("GRDP_GROWTH", province, locale)),
                card("ecommerce", "card.ecommerce", figure("ECOM_SHARE", province, locale)),
                new HeadlineCard("cameras", "card.cameras", null, "card.pending"),
                new HeadlineCard("soc", "card.soc", null, "card.pending")));
        return "dashboard/home";
    }
}

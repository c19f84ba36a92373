package vn.tinhso.dashboard.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

@Controller
class HomeController {

    private final Territory territory;
    private final LocalDate mapDate;

    HomeController(Territory territory, @Value("${tinhso.map-date}") LocalDate mapDate) {
        this.territory = territory;
        this.mapDate = mapDate;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        List<AdminUnit> communes = territory.units(mapDate, "commune", null);
        long population = communes.stream().mapToLong(u -> u.population() == null ? 0 : u.population()).sum();
        model.addAttribute("mapDate", mapDate);
        model.addAttribute("cards", List.of(
                new HeadlineCard("units", "card.units", numbers.format(communes.size()), null),
                new HeadlineCard("population", "card.population", numbers.format(population), null),
                new HeadlineCard("villages-fibre", "card.villagesFibre", null, "card.pending"),
                new HeadlineCard("bts", "card.bts", null, "card.pending"),
                new HeadlineCard("smartphone", "card.smartphone", null, "card.pending"),
                new HeadlineCard("broadband", "card.broadband", null, "card.pending"),
                new HeadlineCard("grdp", "card.grdp", null, "card.pending"),
                new HeadlineCard("ecommerce", "card.ecommerce", null, "card.pending"),
                new HeadlineCard("cameras", "card.cameras", null, "card.pending"),
                new HeadlineCard("soc", "card.soc", null, "card.pending")));
        return "dashboard/home";
    }
}

package vn.tinhso.dashboard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.dashboard.PlaceNames;
import vn.tinhso.platform.Modules;

/** The home page: the province map and every module's headline cards, modules in dependency order. */
@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    private final List<HeadlineCardProvider> providers;
    private final ObjectProvider<PlaceNames> placeNames;
    private final LocalDate mapDate;
    private final String province;

    HomeController(List<HeadlineCardProvider> providers, ObjectProvider<PlaceNames> placeNames,
                   @Value("${tinhso.map-date}") LocalDate mapDate, @Value("${tinhso.province}") String province) {
        Set<String> modules = providers.stream().map(HomeController::moduleOf).collect(Collectors.toSet());
        this.providers = providers.stream().sorted(Modules.byDependencyOrder(modules, HomeController::moduleOf)).toList();
        this.placeNames = placeNames;
        this.mapDate = mapDate;
        this.province = province;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        HeadlineCardProvider.Request request = new HeadlineCardProvider.Request(province, mapDate, locale);
        List<HeadlineCard> cards = new ArrayList<>();
        for (HeadlineCardProvider provider : providers) {
            try {
                cards.addAll(provider.cards(request));
            } catch (RuntimeException e) {
                // One module's failure must not take the home page down, but the operator must see it.
                log.warn("Home cards of {} could not be computed", moduleOf(provider), e);
            }
        }
        model.addAttribute("mapDate", mapDate);
        model.addAttribute("province", province);
        model.addAttribute("provinceName", placeNames.stream().map(p -> p.nameOf(province, mapDate))
                .flatMap(java.util.Optional::stream).findFirst().orElse(province));
        model.addAttribute("cards", cards);
        return "dashboard/home";
    }

    static String moduleOf(Object bean) {
        return Modules.of(ClassUtils.getUserClass(bean));
    }
}

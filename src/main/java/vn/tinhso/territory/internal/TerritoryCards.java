package vn.tinhso.territory.internal;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCard.Message;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.dashboard.PlaceNames;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Village;

/** The province's communes, its census population and the share of villages with fibre, on the map date. */
@Component
class TerritoryCards implements HeadlineCardProvider, PlaceNames {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Territory territory;

    TerritoryCards(Territory territory) {
        this.territory = territory;
    }

    @Override
    public Optional<String> nameOf(String code, LocalDate asOf) {
        return territory.unit(code, asOf).map(AdminUnit::name);
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        NumberFormat count = NumberFormat.getIntegerInstance(request.locale());
        Message asOf = Message.of("card.period.asOf", DAY.format(request.asOf()));
        List<AdminUnit> communes = territory.units(request.asOf(), "commune", request.province());
        String link = "/territory?asOf=" + request.asOf();
        if (communes.isEmpty()) {
            return List.of(HeadlineCard.without("units", "card.units", link, "card.noData.noUnits", DAY.format(request.asOf())));
        }
        long population = communes.stream().mapToLong(u -> u.population() == null ? 0 : u.population()).sum();
        return List.of(
                HeadlineCard.of("units", "card.units", count.format(communes.size()), asOf, link),
                HeadlineCard.of("population", "card.population", count.format(population),
                        Message.of("card.period.census", "2019"), "/territory/units/" + request.province()),
                villagesWithFibre(request, asOf));
    }

    /** Share of the villages on record that have fibre, counted from the village registry itself. */
    private HeadlineCard villagesWithFibre(Request request, Message asOf) {
        List<Village> villages = territory.villages(request.province(), request.asOf());
        String link = "/catalog";
        if (villages.isEmpty()) {
            return HeadlineCard.without("villages-fibre", "card.villagesFibre", link, "card.noData.noVillages");
        }
        long withFibre = villages.stream().filter(v -> Boolean.TRUE.equals(v.fibre())).count();
        NumberFormat share = NumberFormat.getNumberInstance(request.locale());
        share.setMaximumFractionDigits(1);
        // Rounded down: one village without fibre must not show as 100 %.
        share.setRoundingMode(RoundingMode.DOWN);
        NumberFormat count = NumberFormat.getIntegerInstance(request.locale());
        return HeadlineCard.of("villages-fibre", "card.villagesFibre", share.format(100.0 * withFibre / villages.size()) + " %",
                        asOf, link)
                .withNote("card.villagesFibre.count", count.format(withFibre), count.format(villages.size()));
    }
}

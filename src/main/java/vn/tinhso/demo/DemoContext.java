package vn.tinhso.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * What every contributor shares: the date the demo describes, the province, the seed, and the
 * name the generator signs its files with as their source.
 */
public record DemoContext(LocalDate asOf, String provinceCode, long seed, String source, String username) {

    /** The date of the article the demo reproduces. */
    public static final LocalDate ARTICLE_DATE = LocalDate.of(2024, 9, 30);

    /** A random stream of its own per purpose: adding a contributor does not change what the others generate. */
    public Random random(String purpose) {
        return new Random(seed * 31 + purpose.hashCode());
    }
}

package vn.tinhso.security.endpoints;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an endpoint is flagged: signatures older than {@code tinhso.security.endpoints.stale-signature-days} (7 by
 * default), or nothing heard from it for {@code tinhso.security.endpoints.silent-days} (3 by default); a host never
 * seen at all is silent.
 */
@Component
public class EndpointLimits {

    private final int staleSignatureDays;
    private final int silentDays;

    EndpointLimits(@Value("${tinhso.security.endpoints.stale-signature-days:7}") int staleSignatureDays,
                   @Value("${tinhso.security.endpoints.silent-days:3}") int silentDays) {
        if (staleSignatureDays < 1 || silentDays < 1) {
            throw new IllegalArgumentException("the endpoint limits are at least one day");
        }
        this.staleSignatureDays = staleSignatureDays;
        this.silentDays = silentDays;
    }

    public int staleSignatureDays() {
        return staleSignatureDays;
    }

    public int silentDays() {
        return silentDays;
    }
}

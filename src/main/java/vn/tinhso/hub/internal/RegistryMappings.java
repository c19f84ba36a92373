package vn.tinhso.hub.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documented shapes of the registries' JSON records and the import columns their fields become (docs/architecture.md,
 * § Data hub). Fields not listed are ignored; {@code updatedAt} moves the connector's cursor.
 */
final class RegistryMappings {

    private RegistryMappings() {
    }

    static Map<String, String> fieldsToColumns(String kind) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (kind) {
            case CitizenImportKind.CODE -> {
                m.put("personalId", "personal_id");
                m.put("fullName", "full_name");
                m.put("birthDate", "birth_date");
                m.put("sex", "sex");
                m.put("ethnicity", "ethnicity");
                m.put("communeCode", "commune");
                m.put("villageCode", "village");
                m.put("householdCode", "household");
            }
            case EnterpriseImportKind.CODE -> {
                m.put("taxCode", "tax_code");
                m.put("name", "name");
                m.put("industryCode", "vsic");
                m.put("communeCode", "commune");
                m.put("registeredOn", "registered_on");
                m.put("status", "status");
                m.put("industrialPark", "industrial_park");
            }
            case ParcelImportKind.CODE -> {
                m.put("communeCode", "commune");
                m.put("mapSheet", "map_sheet");
                m.put("parcelNumber", "parcel_number");
                m.put("area", "area_m2");
                m.put("landUse", "land_use");
                m.put("holderId", "holder_id");
            }
            case PublicServiceStatsImportKind.CODE -> {
                m.put("agencyCode", "agency");
                m.put("unitCode", "unit");
                m.put("month", "month");
                m.put("received", "received");
                m.put("receivedOnline", "received_online");
                m.put("processed", "processed");
                m.put("processedOnTime", "processed_on_time");
            }
            default -> throw new IllegalArgumentException("no mapping for " + kind);
        }
        m.put("updatedAt", "updated_at");
        return m;
    }
}

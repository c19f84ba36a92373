package vn.tinhso.security.governance;

import java.time.LocalDate;
import java.util.List;

/** An information system of the province with its security-level dossier and the assets that belong to it. */
public record InformationSystem(long id, String name, String ownerAgency, String operatingUnit, String infosecUnit,
                                String systemType, List<String> informationClasses, Integer proposedLevel,
                                Integer approvedLevel, String justification, String dossierStatus, String decisionNumber,
                                LocalDate decisionDate, String decisionAuthority, LocalDate reviewDate,
                                String monitoringProvider, boolean nationalMonitoring, List<Asset> assets) {

    public static final List<String> STATUSES = List.of("drafting", "submitted", "appraised", "approved", "returned");
    public static final List<String> INFORMATION_CLASSES = List.of("public", "private", "personal", "state_secret");

    public InformationSystem {
        informationClasses = List.copyOf(informationClasses);
        assets = List.copyOf(assets);
    }

    /** The approved level once there is one, else the proposed level. */
    public Integer level() {
        return approvedLevel != null ? approvedLevel : proposedLevel;
    }

    /** A dossier counts as approved when its status says so and it carries the approved level. */
    public boolean approved() {
        return "approved".equals(dossierStatus) && approvedLevel != null;
    }

    /** The same system with its assets in a stable order, to compare two versions. */
    public InformationSystem withSortedAssets() {
        List<Asset> sorted = assets.stream().sorted(java.util.Comparator.comparing(Asset::kind).thenComparing(Asset::value)).toList();
        return new InformationSystem(id, name, ownerAgency, operatingUnit, infosecUnit, systemType, informationClasses,
                proposedLevel, approvedLevel, justification, dossierStatus, decisionNumber, decisionDate, decisionAuthority,
                reviewDate, monitoringProvider, nationalMonitoring, sorted);
    }

    public boolean reviewOverdue(LocalDate today) {
        return reviewDate != null && reviewDate.isBefore(today);
    }

    /** One dossier step as recorded by an import that changed it. */
    public record DossierStep(String status, Integer proposedLevel, Integer approvedLevel, String decisionNumber,
                              LocalDate decisionDate, String decisionAuthority, long datasetVersionId,
                              java.time.Instant recordedAt) {
    }
}

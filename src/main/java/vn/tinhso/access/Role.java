package vn.tinhso.access;

/** What a person or a machine client may do. Every URL needs one of these. */
public enum Role {
    ADMIN, ANALYST, DATA_STEWARD, SOC_ANALYST, CAMERA_OPERATOR,
    /** Works with face recognition (biometric, sensitive personal data): enrols faces and sees face hits. */
    FACE_ANALYST,
    VIEWER;

    /** {@code @PreAuthorize} expressions; annotations need constants, and roles are spelled only in this file. */
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_ADMIN_OR_ANALYST = "hasAnyRole('ADMIN','ANALYST')";
    public static final String IS_ADMIN_OR_STEWARD = "hasAnyRole('ADMIN','DATA_STEWARD')";
    public static final String IS_ADMIN_OR_SOC = "hasAnyRole('ADMIN','SOC_ANALYST')";
    public static final String IS_ADMIN_OR_CAMERA_OPERATOR = "hasAnyRole('ADMIN','CAMERA_OPERATOR')";
    public static final String IS_ADMIN_OR_FACE_ANALYST = "hasAnyRole('ADMIN','FACE_ANALYST')";
    /** Watchlist hits: each sees the hits of the lists open to one of its roles. */
    public static final String IS_WATCHLIST_READER = "hasAnyRole('ADMIN','CAMERA_OPERATOR','FACE_ANALYST')";
    public static final String IS_WRITER = "hasAnyRole('ADMIN','ANALYST','DATA_STEWARD','SOC_ANALYST','CAMERA_OPERATOR','FACE_ANALYST')";

    /** Whether any of the granted authorities ({@code ROLE_…}) is one of {@code roles}. */
    public static boolean anyOf(java.util.Collection<String> authorities, Role... roles) {
        return java.util.Arrays.stream(roles).anyMatch(r -> authorities.contains(r.authority()));
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that may change data; a VIEWER only reads. */
    public static String[] writers() {
        return new String[] {ADMIN.name(), ANALYST.name(), DATA_STEWARD.name(), SOC_ANALYST.name(), CAMERA_OPERATOR.name(),
                FACE_ANALYST.name()};
    }

    public static String[] all() {
        return java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}

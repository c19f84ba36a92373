package vn.tinhso.access;

/** What a person or a machine client may do. Every URL needs one of these. */
public enum Role {
    ADMIN, ANALYST, DATA_STEWARD, SOC_ANALYST, CAMERA_OPERATOR, VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that may change data; a VIEWER only reads. */
    public static String[] writers() {
        return new String[] {ADMIN.name(), ANALYST.name(), DATA_STEWARD.name(), SOC_ANALYST.name(), CAMERA_OPERATOR.name()};
    }

    public static String[] all() {
        return java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }
}

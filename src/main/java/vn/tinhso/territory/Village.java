package vn.tinhso.territory;

/**
 * A village, hamlet or residential group (thôn, bản, tổ dân phố) under a commune, with the
 * dataset version that brought it. No public list exists: deployments import theirs.
 */
public record Village(String code, String name, String type, String communeCode, Integer households, Integer adults,
                      Long population, Double latitude, Double longitude, Boolean fibre, long datasetVersionId) {
}

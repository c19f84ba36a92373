package vn.tinhso.hub.internal;

/**
 * How a field of a master record is protected (Personal Data Protection Law 91/2025/QH15): PUBLIC is not personal data;
 * BASIC personal data (id numbers, name, birth date, residence) is masked unless a data steward or administrator states a
 * purpose; SENSITIVE personal data (ethnic origin among others) is shown whole to an administrator with a purpose only.
 */
public enum FieldClass {
    PUBLIC, BASIC, SENSITIVE
}

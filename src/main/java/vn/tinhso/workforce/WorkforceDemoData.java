package vn.tinhso.workforce;

/** A realistic training programme with courses, sessions and enrolments for 2023–2024; loading twice changes nothing. */
public interface WorkforceDemoData {

    int load();
}

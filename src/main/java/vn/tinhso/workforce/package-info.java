/** Training programmes, courses, sessions, enrolments, completions and certificates; their counts feed indicators. */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package vn.tinhso.workforce;

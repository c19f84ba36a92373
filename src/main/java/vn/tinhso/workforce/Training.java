package vn.tinhso.workforce;

import java.util.List;

/** What other modules and pages ask of the workforce module. */
public interface Training {

    List<Programme> programmes();

    List<CourseSummary> courses();

    /** Recounts enrolments, completions and certificates per commune and month and writes them as indicator data values. */
    int publishFigures();

    record CourseSummary(String code, String programme, String title, String titleEn, String topic, String organiser,
                         long sessions, long enrolled, long completed, long certified) {
    }
}

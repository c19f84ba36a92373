package vn.tinhso.workforce.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.indicators.DataValues;
import vn.tinhso.workforce.Programme;
import vn.tinhso.workforce.Training;

@Service
class TrainingService implements Training {

    private final TrainingRecords records;
    private final DataValues values;

    TrainingService(TrainingRecords records, DataValues values) {
        this.records = records;
        this.values = values;
    }

    @Override
    public List<Programme> programmes() {
        return records.programmes();
    }

    @Override
    public List<CourseSummary> courses() {
        return records.courses();
    }

    @Override
    @Transactional
    public int publishFigures() {
        return values.write(records.figures(), null, Instant.now());
    }
}

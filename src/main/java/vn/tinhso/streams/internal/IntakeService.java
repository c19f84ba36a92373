package vn.tinhso.streams.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;
import vn.tinhso.streams.ParsedEvent;

@Service
class IntakeService implements Intake {

    private final EventLog log;
    private final TransactionTemplate tx;

    IntakeService(EventLog log, TransactionTemplate tx) {
        this.log = log;
        this.tx = tx;
    }

    @Override
    public Optional<String> problem(String line, LogFormat format, ParseOptions options) {
        try {
            Parsers.parse(line, format, options);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(Parsers.isMalformed(e) ? e.getMessage() : "parser error: " + e);
        }
    }

    @Override
    public IntakeResult accept(String source, LogFormat format, ParseOptions options, List<String> lines) {
        List<ParsedEvent> events = new ArrayList<>(lines.size());
        List<Rejected> rejected = new ArrayList<>();
        List<Integer> rejectedIndex = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                ParsedEvent e = Parsers.parse(lines.get(i), format, options);
                events.addAll(Collections.nCopies(Math.max(1, e.repeat()), e));
            } catch (RuntimeException e) {
                // A parser bug must not lose the line either: it is kept aside like a malformed one, with the error.
                String reason = Parsers.isMalformed(e) ? e.getMessage() : "parser error: " + e;
                rejected.add(new Rejected(i + 1, reason));
                rejectedIndex.add(i);
            }
        }
        return tx.execute(status -> {
            for (int k = 0; k < rejected.size(); k++) {
                log.deadLetter(source, rejected.get(k).line(), rejected.get(k).reason(), lines.get(rejectedIndex.get(k)));
            }
            List<Long> seqs = log.append(source, events);
            return new IntakeResult(events.size(), List.copyOf(rejected), seqs.isEmpty() ? 0 : seqs.get(0),
                    seqs.isEmpty() ? 0 : seqs.get(seqs.size() - 1));
        });
    }
}

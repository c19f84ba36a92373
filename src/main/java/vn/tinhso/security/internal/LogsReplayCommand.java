package vn.tinhso.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.alerts.Alerts;
import vn.tinhso.platform.AdminCommand;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * {@code java -jar tinhso.jar logs replay FILE [--format=auto|5424|3164|cef|leef|json|auth|combined] [--year=Y]
 * [--tz=±hh:mm]}: feeds a file through the live intake and detection, for analysts and drills. Exit 0 when every
 * line was stored, 1 when some were kept aside as malformed, 2 when it could not run.
 */
@Component
class LogsReplayCommand implements AdminCommand {

    static final int BATCH = 5_000;

    private final Intake intake;
    private final SigmaDetector detector;
    private final Alerts alerts;
    private final String command;
    private final String format;
    private final Integer year;
    private final String tz;

    LogsReplayCommand(Intake intake, SigmaDetector detector, Alerts alerts, @Value("${tinhso.command:}") String command,
                      @Value("${format:auto}") String format, @Value("${year:#{null}}") Integer year,
                      @Value("${tz:${tinhso.time-zone:Asia/Ho_Chi_Minh}}") String tz) {
        this.intake = intake;
        this.detector = detector;
        this.alerts = alerts;
        this.command = command;
        this.format = format;
        this.year = year;
        this.tz = tz;
    }

    @Override
    public String name() {
        return "logs replay";
    }

    @Override
    public int run(PrintStream out) {
        String file = command.startsWith(name() + " ") ? command.substring(name().length() + 1).trim() : "";
        if (file.isEmpty()) {
            out.println("Usage: logs replay FILE [--format=auto|5424|3164|cef|leef|json|auth|combined] [--year=Y] [--tz=+07:00]");
            return 2;
        }
        ParseOptions options;
        LogFormat chosen;
        try {
            chosen = LogFormat.of(format);
            options = new ParseOptions(year, ZoneId.of(tz), Clock.systemUTC());
        } catch (RuntimeException e) {
            out.println("Bad option: " + e.getMessage());
            return 2;
        }
        return replay(Path.of(file), chosen, options, out);
    }

    int replay(Path file, LogFormat chosen, ParseOptions options, PrintStream out) {
        int before = alerts.find(new Alerts.AlertQuery(null, null, null, null, null, 1000)).size();
        long lines = 0;
        long stored = 0;
        long rejected = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String source = "replay:" + file.getFileName();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            List<String> batch = new ArrayList<>(BATCH);
            String line;
            while (true) {
                line = in.readLine();
                if (line != null && !line.isBlank()) {
                    batch.add(line);
                }
                if (batch.size() == BATCH || (line == null && !batch.isEmpty())) {
                    Intake.IntakeResult r = intake.accept(source, chosen, options, batch);
                    for (Intake.Rejected bad : r.rejected()) {
                        out.println("line " + (lines + bad.line()) + ": " + bad.reason());
                    }
                    lines += batch.size();
                    stored += r.accepted();
                    rejected += r.rejected().size();
                    batch.clear();
                    while (detector.runOnce() > 0) {
                        // detect what this batch added before reading on, as a live stream would
                    }
                }
                if (line == null) {
                    break;
                }
            }
        } catch (IOException e) {
            out.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        int after = alerts.find(new Alerts.AlertQuery(null, null, null, null, null, 1000)).size();
        out.printf("%s: %d lines, %d events stored, %d lines kept aside as malformed, %d new alerts.%n",
                file, lines, stored, rejected, after - before);
        return rejected == 0 ? 0 : 1;
    }
}

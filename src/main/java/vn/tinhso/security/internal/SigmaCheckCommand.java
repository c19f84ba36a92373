package vn.tinhso.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.tinhso.platform.StandaloneCommand;
import vn.tinhso.security.sigma.EventDocuments;
import vn.tinhso.security.sigma.RuleIndex;
import vn.tinhso.security.sigma.SigmaRule;
import vn.tinhso.security.sigma.SigmaRules;

/**
 * {@code java -jar tinhso.jar sigma check --rules DIR --events FILE}: for every event, one line per matching rule,
 * {@code line<TAB>rule-id} (the line the event starts on, from 1); rules that do not load and a summary go to standard error.
 */
class SigmaCheckCommand implements StandaloneCommand {

    @Override
    public String name() {
        return "sigma check";
    }

    @Override
    public String usage() {
        return "sigma check --rules DIR --events FILE   (JSON lines or concatenated JSON objects; FILE - reads standard input)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String rules = option(args, "rules");
        String events = option(args, "events");
        if (rules == null || events == null) {
            err.println("Usage: " + usage());
            return 2;
        }
        if (!Files.isDirectory(Path.of(rules))) {
            err.println("No rule directory " + rules);
            return 2;
        }
        SigmaRules.Loaded loaded = new SigmaRules(Map.of()).loadDirectory(Path.of(rules));
        loaded.failures().forEach((file, reason) -> err.println("not loaded: " + file + ": " + reason));
        List<EventDocuments.Located> documents;
        try (var reader = new InputStreamReader(events.equals("-") ? in : Files.newInputStream(Path.of(events)), StandardCharsets.UTF_8)) {
            documents = EventDocuments.readLocated(reader);
        } catch (IOException e) {
            err.println("Cannot read the events: " + e.getMessage());
            return 2;
        }
        long matches = 0;
        RuleIndex index = new RuleIndex(loaded.rules());
        for (EventDocuments.Located d : documents) {
            for (SigmaRule rule : index.matching(d.event())) {
                out.println(d.line() + "\t" + rule.id());
                matches++;
            }
        }
        err.println(loaded.rules().size() + " rules loaded, " + loaded.failures().size() + " not loaded; "
                + documents.size() + " events, " + matches + " matches");
        return loaded.failures().isEmpty() ? 0 : 1;
    }

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--" + name) && i + 1 < args.size()) return args.get(i + 1);
            if (args.get(i).startsWith("--" + name + "=")) return args.get(i).substring(name.length() + 3);
        }
        return null;
    }
}

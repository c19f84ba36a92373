package vn.tinhso.cameras.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.tinhso.cameras.PlateNumber;
import vn.tinhso.platform.StandaloneCommand;

/** {@code java -jar tinhso.jar plates normalise [FILE]}: plate strings one per line in, CSV out. */
class PlatesNormaliseCommand implements StandaloneCommand {

    @Override
    public String name() {
        return "plates normalise";
    }

    @Override
    public String usage() {
        return "plates normalise [FILE]   (reads standard input without FILE)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                args.isEmpty() ? in : Files.newInputStream(Path.of(args.get(0))), StandardCharsets.UTF_8))) {
            out.println("input,canonical,display,valid,kind,province_code,problem");
            String line;
            int invalid = 0;
            int total = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                total++;
                PlateNumber p = PlateNumber.parse(line);
                if (!p.valid()) invalid++;
                out.println(String.join(",", csv(line.strip()), csv(p.canonical()), csv(p.display()), String.valueOf(p.valid()),
                        p.kind().name().toLowerCase(Locale.ROOT), csv(p.provinceCode()), csv(p.problem())));
            }
            err.println(total + " plate(s), " + invalid + " not valid");
            return 0;
        } catch (IOException e) {
            err.println("Cannot read: " + e.getMessage());
            return 2;
        }
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.matches(".*[\",\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

package vn.tinhso.cameras;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The province a plate code belongs to, before and after the 1 July 2025 reorganisation. */
final class PlateProvinces {

    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

    private record Names(String before, String after) {
    }

    private static final Map<String, Names> BY_CODE = load();

    private PlateProvinces() {
    }

    static boolean known(String code) {
        return BY_CODE.containsKey(code);
    }

    static Optional<String> name(String code, LocalDate on) {
        Names n = BY_CODE.get(code);
        if (n == null) return Optional.empty();
        return Optional.of(on.isBefore(REORGANISED) ? n.before() : n.after());
    }

    private static Map<String, Names> load() {
        try (InputStream in = PlateProvinces.class.getResourceAsStream("/cameras/plate-codes.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Names> map = new HashMap<>();
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                map.put(f[0], new Names(f[1], f[2]));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

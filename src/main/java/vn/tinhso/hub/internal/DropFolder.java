package vn.tinhso.hub.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/**
 * A folder registries (or their operators) drop extracts into: {@code <folder>/<import kind>/<file>}, e.g.
 * {@code drop/hub.citizens/extract-2024-09.csv}. A file that has not changed for the settling time is imported as a version of
 * the kind's dataset, then moved to {@code done/} or, with a report beside it, to {@code failed/}. Names starting with a dot
 * or ending in {@code .part} or {@code .tmp} are still being written. Off unless {@code tinhso.hub.drop-folder} is set.
 */
@Component
public class DropFolder {

    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);

    private final Imports imports;
    private final String folder;
    private final Duration settle;

    DropFolder(Imports imports, @Value("${tinhso.hub.drop-folder:}") String folder, @Value("${tinhso.hub.drop-settle:10s}") Duration settle) {
        this.imports = imports;
        this.folder = folder;
        this.settle = settle;
    }

    @Scheduled(initialDelayString = "${tinhso.hub.drop-interval:1m}", fixedDelayString = "${tinhso.hub.drop-interval:1m}")
    void scheduled() {
        scan();
    }

    /** Imports every settled file of every kind's folder; returns the finished jobs. */
    public synchronized List<ImportJob> scan() {
        if (folder == null || folder.isBlank()) return List.of();
        Path root = Path.of(folder);
        Set<String> kinds = Set.copyOf(imports.kinds());
        List<ImportJob> jobs = new java.util.ArrayList<>();
        for (String kind : kinds) {
            Path dir = root.resolve(kind);
            if (!Files.isDirectory(dir)) continue;
            for (Path file : settled(dir)) {
                try {
                    jobs.add(take(kind, dir, file));
                } catch (IOException | RuntimeException e) {
                    log.warn("dropped file {} could not be imported: {}", file, e.toString());
                }
            }
        }
        return jobs;
    }

    private List<Path> settled(Path dir) {
        Instant before = Instant.now().minus(settle);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
            return java.util.stream.StreamSupport.stream(files.spliterator(), false).filter(f -> {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp")) return false;
                try {
                    return !Files.getLastModifiedTime(f).toInstant().isAfter(before);
                } catch (IOException e) {
                    return false;
                }
            }).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            log.warn("drop folder {} cannot be read: {}", dir, e.toString());
            return List.of();
        }
    }

    private ImportJob take(String kind, Path dir, Path file) throws IOException {
        String name = file.getFileName().toString();
        // The catalog deletes the file it is given once the job is done; the dropped file itself is kept in done/ or failed/.
        Path spool = Files.createTempFile("tinhso-drop-", "-" + name);
        Files.copy(file, spool, StandardCopyOption.REPLACE_EXISTING);
        ImportJob job = imports.runNow(ImportRequest.ofFile(name, spool, kind, null, "drop folder " + dir, "system", false));
        boolean good = job.status() == ImportStatus.ACCEPTED || job.status() == ImportStatus.DUPLICATE;
        Path target = Files.createDirectories(dir.resolve(good ? "done" : "failed"));
        Files.move(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        if (!good) {
            StringBuilder report = new StringBuilder("version ").append(job.id()).append(": ").append(job.message()).append('\n');
            job.problems().stream().limit(100).forEach(p -> report.append("line ").append(p.line()).append(", ").append(p.column())
                    .append(": ").append(p.problem()).append('\n'));
            Files.writeString(target.resolve(name + ".report.txt"), report, StandardCharsets.UTF_8);
        }
        return job;
    }
}

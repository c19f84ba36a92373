package vn.tinhso.cameras.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import vn.tinhso.cameras.Recognition;
import vn.tinhso.platform.StandaloneCommand;

/**
 * {@code java -jar tinhso.jar cameras parse FILE [--content-type TYPE] [--format auto|onvif|…] [--tz +07:00]}: the reads a
 * camera payload gives, one JSON line each, for integrators checking a camera before connecting it.
 */
class CamerasParseCommand implements StandaloneCommand {

    @Override
    public String name() {
        return "cameras parse";
    }

    @Override
    public String usage() {
        return "cameras parse FILE [--content-type TYPE] [--format auto|onvif|hikvision|dahua|axis|frigate|generic] [--tz +07:00]";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        CommandOptions o = CommandOptions.of(args, "content-type", "format", "tz");
        if (o.words().size() != 1) {
            err.println("Usage: " + usage());
            return 2;
        }
        byte[] body;
        try {
            body = o.words().get(0).equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(o.words().get(0)));
        } catch (IOException e) {
            err.println("Cannot read " + o.words().get(0) + ": " + e.getMessage());
            return 2;
        }
        try {
            String type = o.option("content-type", sniff(body));
            List<Recognition> reads = RecognitionFormats.read(body, type, o.option("format", "auto"),
                    ZoneOffset.of(o.option("tz", "+07:00")));
            for (Recognition r : reads) out.println(JsonFields.MAPPER.writeValueAsString(RecognitionJson.of(r)));
            err.println(reads.size() + " read(s)");
            return 0;
        } catch (BadPayload | java.time.DateTimeException e) {
            err.println("Rejected: " + e.getMessage());
            return 1;
        }
    }

    /** A saved multipart body starts with its boundary line; the boundary is all a reader needs. */
    static String sniff(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        if (head.startsWith("--")) {
            String line = head.lines().findFirst().orElse("").strip();
            return "multipart/form-data; boundary=" + line.substring(2);
        }
        return head.stripLeading().startsWith("<") ? "application/xml" : "application/json";
    }
}

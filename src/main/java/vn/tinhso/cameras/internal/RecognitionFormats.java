package vn.tinhso.cameras.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import vn.tinhso.cameras.Recognition;

/**
 * Tells a payload's format from its content type and content (a camera does not say which vendor it is) and reads it
 * into recognitions; repeated reads of one pass in the payload are merged.
 */
public final class RecognitionFormats {

    public static final List<String> FORMATS = List.of("auto", "onvif", "hikvision", "dahua", "axis", "frigate", "generic");

    private RecognitionFormats() {
    }

    /**
     * @param format one of {@link #FORMATS}; {@code auto} recognises it
     * @param zone   the camera's offset, for formats that send local time without one (AXIS)
     */
    public static List<Recognition> read(byte[] body, String contentType, String format, ZoneOffset zone) {
        if (body == null || body.length == 0) throw new BadPayload("empty payload");
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String wanted = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(wanted)) throw new BadPayload("unknown format " + format + "; known: " + FORMATS);
        List<Recognition> reads;
        if (type.startsWith("multipart/")) {
            reads = multipart(body, type.isEmpty() ? contentType : contentType, wanted, zone);
        } else {
            reads = single(body, wanted, zone, List.of());
        }
        return Passes.merge(reads);
    }

    private static List<Recognition> multipart(byte[] body, String contentType, String wanted, ZoneOffset zone) {
        List<Multipart.Part> parts = Multipart.split(body, Multipart.boundary(contentType));
        List<Recognition.Image> images = new ArrayList<>();
        List<Multipart.Part> texts = new ArrayList<>();
        for (Multipart.Part p : parts) {
            if (p.isImage() || p.filename() != null && p.filename().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|bmp)")) {
                images.add(image(p.filename() != null ? p.filename() : p.name(), p.contentType(), p.body()));
            } else {
                texts.add(p);
            }
        }
        if (texts.isEmpty()) throw new BadPayload("multipart payload without an event part (only images)");
        List<Recognition> out = new ArrayList<>();
        for (Multipart.Part text : texts) {
            if (text.body().length == 0 || new String(text.body(), StandardCharsets.UTF_8).isBlank()) continue;
            out.addAll(single(text.body(), wanted, zone, images));
        }
        return out;
    }

    private static List<Recognition> single(byte[] body, String wanted, ZoneOffset zone, List<Recognition.Image> images) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.startsWith("<")) {
            Document doc = SafeXml.parse(text.getBytes(StandardCharsets.UTF_8));
            if ((wanted.equals("auto") || wanted.equals("hikvision")) && HikvisionAnpr.recognises(doc)) {
                return HikvisionAnpr.read(doc, images);
            }
            if ((wanted.equals("auto") || wanted.equals("onvif")) && OnvifMetadata.recognises(doc)) {
                return OnvifMetadata.read(doc).stream().map(r -> images.isEmpty() ? r : r.withImages(join(r.images(), images))).toList();
            }
            throw new BadPayload("XML with root <" + doc.getDocumentElement().getLocalName()
                    + "> is neither a Hikvision EventNotificationAlert nor ONVIF metadata");
        }
        if (DahuaTrafficJunction.looksLikeKeyValues(text)) {
            return DahuaTrafficJunction.read(DahuaTrafficJunction.fromKeyValues(text), images);
        }
        JsonNode root = json(text);
        boolean auto = wanted.equals("auto");
        if ((auto || wanted.equals("dahua")) && DahuaTrafficJunction.recognises(root)) return DahuaTrafficJunction.read(root, images);
        if ((auto || wanted.equals("axis")) && AxisPlateVerifier.recognises(root)) return withImages(AxisPlateVerifier.read(root, zone), images);
        if ((auto || wanted.equals("frigate")) && FrigateEvents.recognises(root)) return withImages(FrigateEvents.read(root), images);
        if ((auto || wanted.equals("generic")) && GenericRecognition.recognises(root)) return withImages(GenericRecognition.read(root), images);
        throw new BadPayload(auto ? "JSON in none of the known formats (ONVIF, Hikvision, Dahua, AXIS, Frigate, generic)"
                : "JSON that is not " + wanted);
    }

    /** One JSON value, or JSON lines / concatenated objects as an array. */
    private static JsonNode json(String text) {
        try {
            return JsonFields.MAPPER.readTree(text);
        } catch (RuntimeException single) {
            ArrayNode all = JsonFields.MAPPER.createArrayNode();
            try (var values = JsonFields.MAPPER.readerFor(JsonNode.class).readValues(text)) {
                while (values.hasNext()) all.add((JsonNode) values.next());
            } catch (RuntimeException e) {
                throw new BadPayload("not valid JSON: " + single.getMessage(), single);
            }
            if (all.isEmpty()) throw new BadPayload("not valid JSON: " + single.getMessage(), single);
            return all;
        }
    }

    private static List<Recognition> withImages(List<Recognition> reads, List<Recognition.Image> images) {
        if (images.isEmpty()) return reads;
        return reads.stream().map(r -> r.withImages(join(r.images(), images))).toList();
    }

    private static List<Recognition.Image> join(List<Recognition.Image> a, List<Recognition.Image> b) {
        Map<String, Recognition.Image> byKey = new LinkedHashMap<>();
        for (Recognition.Image i : a) byKey.putIfAbsent(i.sha256() != null ? i.sha256() : i.uri() + "|" + i.name(), i);
        for (Recognition.Image i : b) byKey.putIfAbsent(i.sha256() != null ? i.sha256() : i.uri() + "|" + i.name(), i);
        return List.copyOf(byKey.values());
    }

    static Recognition.Image image(String name, String contentType, byte[] bytes) {
        return new Recognition.Image(name, contentType, sha256(bytes), null, bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

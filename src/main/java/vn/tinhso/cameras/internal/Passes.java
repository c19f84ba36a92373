package vn.tinhso.cameras.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.cameras.Recognition;

/**
 * Several reads of one vehicle's pass (a Dahua group's images, an AXIS car's new/update/lost) become one: the
 * first time, the latest plate text (an update corrects the first read), every image once.
 */
final class Passes {

    private Passes() {
    }

    static List<Recognition> merge(List<Recognition> reads) {
        Map<String, Recognition> byPass = new LinkedHashMap<>();
        List<Recognition> out = new ArrayList<>();
        for (Recognition r : reads) {
            if (r.passId() == null || r.type() != Recognition.Type.PLATE) {
                out.add(r);
                continue;
            }
            String key = r.format() + "|" + r.camera() + "|" + r.passId();
            Recognition before = byPass.get(key);
            byPass.put(key, before == null ? r : merge(before, r));
        }
        out.addAll(byPass.values());
        out.sort(java.util.Comparator.comparing(Recognition::time));
        return out;
    }

    static Recognition merge(Recognition first, Recognition later) {
        Recognition text = later.plateText() != null ? later : first;
        List<Recognition.Image> images = new ArrayList<>(first.images());
        for (Recognition.Image i : later.images()) {
            if (images.stream().noneMatch(x -> x.sha256() != null ? x.sha256().equals(i.sha256()) : x.equals(i))) images.add(i);
        }
        return new Recognition(first.format(), first.camera(), first.time().isBefore(later.time()) ? first.time() : later.time(),
                first.type(), text.plateText(), text.plate(), text.confidence(),
                or(later.vehicleKind(), first.vehicleKind()), or(later.vehicleColour(), first.vehicleColour()),
                or(later.lane(), first.lane()), or(later.direction(), first.direction()), or(later.listName(), first.listName()),
                first.passId(), or(later.lifecycle(), first.lifecycle()), or(later.speedKmh(), first.speedKmh()),
                or(later.speedLimitKmh(), first.speedLimitKmh()), or(later.violationCode(), first.violationCode()),
                first.faceId(), first.embedding(), first.count(), images);
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}

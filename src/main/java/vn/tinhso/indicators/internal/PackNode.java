package vn.tinhso.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML node that remembers its file and line, so every pack error names them. */
record PackNode(String file, Node node) {

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    PackException error(String message) {
        return new PackException(file, line(), message);
    }

    Map<String, PackNode> fields() {
        if (!(node instanceof MappingNode mapping)) throw error("expected a mapping (key: value)");
        Map<String, PackNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            PackNode key = new PackNode(file, tuple.getKeyNode());
            if (fields.put(key.scalar(), new PackNode(file, tuple.getValueNode())) != null) throw key.error("duplicate key '" + key.scalar() + "'");
        }
        return fields;
    }

    List<PackNode> items() {
        if (!(node instanceof SequenceNode sequence)) throw error("expected a list");
        List<PackNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) items.add(new PackNode(file, item));
        return items;
    }

    String scalar() {
        if (!(node instanceof ScalarNode scalar)) throw error("expected a single value");
        return scalar.getValue();
    }

    /** Reads the fields of a mapping, refusing keys not in {@code allowed} (a typo should not pass silently). */
    Fields read(String... allowed) {
        Map<String, PackNode> fields = fields();
        List<String> known = List.of(allowed);
        for (Map.Entry<String, PackNode> e : fields.entrySet())
            if (!known.contains(e.getKey())) throw e.getValue().error("unknown key '" + e.getKey() + "' (allowed: " + known + ")");
        return new Fields(this, fields);
    }

    record Fields(PackNode owner, Map<String, PackNode> values) {

        PackNode node(String key) {
            PackNode n = values.get(key);
            if (n == null) throw owner.error("missing '" + key + "'");
            return n;
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        String text(String key) {
            return node(key).scalar();
        }

        String text(String key, String otherwise) {
            return has(key) ? text(key) : otherwise;
        }

        double number(String key, double otherwise) {
            if (!has(key)) return otherwise;
            try {
                return Double.parseDouble(text(key));
            } catch (NumberFormatException e) {
                throw node(key).error("'" + text(key) + "' is not a number");
            }
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E otherwise) {
            if (!has(key)) return otherwise;
            try {
                return Enum.valueOf(type, text(key).toUpperCase());
            } catch (IllegalArgumentException e) {
                throw node(key).error("'" + text(key) + "' is not one of " + List.of(type.getEnumConstants()));
            }
        }

        List<PackNode> list(String key) {
            return has(key) ? node(key).items() : List.of();
        }
    }
}

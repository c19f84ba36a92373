package vn.tinhso.cameras.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} and {@code --name=value} options and the plain words among a command's arguments. */
record CommandOptions(Map<String, String> options, List<String> words) {

    static CommandOptions of(List<String> args, String... valued) {
        Map<String, String> options = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<String> takesValue = List.of(valued);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    options.put(a.substring(2, eq), a.substring(eq + 1));
                } else if (takesValue.contains(a.substring(2)) && i + 1 < args.size()) {
                    options.put(a.substring(2), args.get(++i));
                } else {
                    options.put(a.substring(2), "true");
                }
            } else {
                words.add(a);
            }
        }
        return new CommandOptions(options, words);
    }

    String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }
}

package vn.tinhso.security.sigma;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a rule's logsource (Sigma taxonomy) onto what our events carry: Windows channels and event ids, and for the
 * parsers' ECS output, the program and category. A logsource the map does not know applies to every event.
 */
public final class Logsources {

    private static final String SYSMON = "Microsoft-Windows-Sysmon/Operational";
    private static final Map<String, Set<Long>> SYSMON_IDS = Map.ofEntries(
            Map.entry("process_creation", Set.of(1L)), Map.entry("image_load", Set.of(7L)),
            Map.entry("process_access", Set.of(10L)), Map.entry("file_event", Set.of(11L)),
            Map.entry("registry_add", Set.of(12L)), Map.entry("registry_delete", Set.of(12L)),
            Map.entry("registry_set", Set.of(13L)), Map.entry("registry_event", Set.of(12L, 13L, 14L)),
            Map.entry("pipe_created", Set.of(17L, 18L)), Map.entry("wmi_event", Set.of(19L, 20L, 21L)),
            Map.entry("dns_query", Set.of(22L)), Map.entry("file_delete", Set.of(23L, 26L)),
            Map.entry("network_connection", Set.of(3L)), Map.entry("create_remote_thread", Set.of(8L)));
    private static final Map<String, String> SERVICES = Map.of(
            "security", "Security", "system", "System", "sysmon", SYSMON,
            "windefend", "Microsoft-Windows-Windows Defender/Operational",
            "taskscheduler", "Microsoft-Windows-TaskScheduler/Operational",
            "wmi", "Microsoft-Windows-WMI-Activity/Operational", "powershell", "Microsoft-Windows-PowerShell/Operational");

    private Logsources() {
    }

    private static final List<String> READ = List.of("Channel", "EventID", "event.module", "process.name", "event.category");
    private static final List<String> PRESENT = List.of("id.orig_h", "auditd.log.record_type", "type", "Image", "CommandLine",
            "TargetFilename", "DestinationIp", "url.original", "cs-uri-query", "c-uri");

    /**
     * Everything {@link #applies} reads of an event: events with equal signatures meet the same logsources, so the
     * answer can be kept per signature. Keep it in step with {@code applies}.
     */
    static List<Object> signature(Map<String, Object> event) {
        Object[] sig = new Object[READ.size() + 1];
        for (int i = 0; i < READ.size(); i++) {
            sig[i] = event.get(READ.get(i));
        }
        int present = 0;
        for (int i = 0; i < PRESENT.size(); i++) {
            if (event.containsKey(PRESENT.get(i))) {
                present |= 1 << i;
            }
        }
        sig[READ.size()] = present;
        return java.util.Arrays.asList(sig);
    }

    public static boolean applies(SigmaRule rule, Map<String, Object> event) {
        Map<String, String> ls = rule.logsource();
        String product = ls.get("product");
        String category = ls.get("category");
        String service = ls.get("service");
        Object channel = event.get("Channel");
        if ("zeek".equals(product)) {
            // Zeek logs name their connection id.orig_h / id.resp_h; a rule like "not (id.orig_h in private ranges)"
            // would otherwise fire on every event that has no such field at all.
            return event.containsKey("id.orig_h") || "zeek".equals(event.get("event.module"));
        }
        if ("windows".equals(product)) {
            if (channel == null) {
                return false;
            }
            if (service != null && SERVICES.containsKey(service) && !SERVICES.get(service).equalsIgnoreCase(channel.toString())) {
                return false;
            }
            if (category != null && SYSMON_IDS.containsKey(category)) {
                Long id = eventId(event.get("EventID"));
                boolean sysmon = SYSMON.equalsIgnoreCase(channel.toString()) && id != null && SYSMON_IDS.get(category).contains(id);
                boolean security4688 = "process_creation".equals(category) && "Security".equals(channel) && Long.valueOf(4688).equals(id);
                return sysmon || security4688;
            }
            return true;
        }
        if (channel != null && product != null) {
            return false;
        }
        if ("linux".equals(product) && category != null && List.of("process_creation", "file_event", "network_connection").contains(category)) {
            // Sysmon for Linux names these fields; a syslog line without them cannot be such an event.
            return event.containsKey("Image") || event.containsKey("CommandLine") || event.containsKey("TargetFilename")
                    || event.containsKey("DestinationIp");
        }
        if ("linux".equals(product) && service != null) {
            Object program = event.get("process.name");
            return switch (service) {
                case "sshd" -> "sshd".equals(program);
                case "auth" -> program != null && List.of("sshd", "sudo", "su", "login", "systemd-logind", "CRON", "cron").contains(program.toString());
                case "auditd" -> event.containsKey("auditd.log.record_type") || event.containsKey("type");
                case "clamav" -> "malware".equals(event.get("event.category"));
                default -> true;
            };
        }
        if ("webserver".equals(category) || "proxy".equals(category)) {
            return event.containsKey("url.original") || event.containsKey("cs-uri-query") || event.containsKey("c-uri");
        }
        if ("antivirus".equals(category)) {
            return "malware".equals(event.get("event.category"));
        }
        return true;
    }

    private static Long eventId(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return Long.parseLong(FieldMatchers.text(o));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

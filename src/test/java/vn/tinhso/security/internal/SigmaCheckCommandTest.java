package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code sigma check} runs without the platform: one line per match, the line its event starts on and the rule id. */
class SigmaCheckCommandTest {

    @Test
    void concatenatedEventsGiveTheLineEachStartsOnAndTheRuleItMatches() throws Exception {
        Path sample = Path.of(SigmaCheckCommandTest.class.getResource("/sigma/windows-sample").toURI());
        String event = Files.readString(sample.resolve("events/0022869c-49f7-4ff2-ba03-85ac42ddac58.json"));
        Path events = Files.createTempFile("events", ".json");
        // Two copies, the second starting after the first's 66 lines; a third object matching nothing.
        Files.writeString(events, event.strip() + "\n" + event.strip() + "\n{\"CommandLine\": \"notepad.exe\"}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SigmaCheckCommand().run(List.of("--rules", sample.resolve("rules").toString(), "--events", events.toString()),
                InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "1\t0022869c-49f7-4ff2-ba03-85ac42ddac58", "67\t0022869c-49f7-4ff2-ba03-85ac42ddac58");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("40 rules loaded, 0 not loaded; 3 events, 2 matches");
    }

    @Test
    void withoutItsOptionsItSaysHowToUseIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new SigmaCheckCommand().run(List.of(), InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Usage: sigma check");
    }
}

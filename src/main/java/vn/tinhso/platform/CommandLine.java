package vn.tinhso.platform;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.tinhso.platform.internal.AttachToRunningServer;
import vn.tinhso.platform.internal.StandaloneCommands;

/**
 * Runs one administrative command ({@code java -jar tinhso.jar audit verify}) against the same
 * database as the server, without starting the web server or the demo loader; while the server runs,
 * against its embedded PostgreSQL, read-only. Exit code 2 when the command could not run.
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        for (StandaloneCommand command : StandaloneCommands.find(application)) {
            List<String> words = List.of(command.name().split(" "));
            if (args.length >= words.size() && Arrays.asList(args).subList(0, words.size()).equals(words)) {
                return command.run(Arrays.asList(args).subList(words.size(), args.length), System.in, System.out, System.err);
            }
        }
        String name = String.join(" ", Arrays.stream(args).filter(a -> !a.startsWith("-")).toList());
        // Given as arguments, not defaults, so they win over application.properties.
        Stream<String> fixed = Stream.of("--tinhso.demo.enabled=false", "--tinhso.command=" + name,
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        String[] springArgs = Stream.concat(fixed, Arrays.stream(args).filter(a -> a.startsWith("-"))).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).listeners(new AttachToRunningServer()).run(springArgs)) {
            for (AdminCommand command : context.getBeansOfType(AdminCommand.class).values()) {
                // Words after a command's name are its arguments (logs replay FILE).
                if (command.name().equals(name) || name.startsWith(command.name() + " ")) {
                    return command.run(System.out);
                }
            }
            System.err.println("Unknown command: " + name + ". Known: "
                    + context.getBeansOfType(AdminCommand.class).values().stream().map(AdminCommand::name).toList());
            return 2;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.out.println("Could not run " + name + ": " + cause.getMessage());
            return 2;
        }
    }
}

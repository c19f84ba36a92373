package vn.tinhso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

import vn.tinhso.platform.CommandLine;

@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableAsync
public class TinhsoApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(TinhsoApplication.class, args));
        }
        SpringApplication.run(TinhsoApplication.class, args);
    }
}

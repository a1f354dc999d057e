package org.rahnama;

import java.util.Arrays;
import java.util.Set;
import org.rahnama.cli.CommandLine;
import org.rahnama.cli.TrainModels;
import org.rahnama.intent.IntentCrossValidation;
import org.rahnama.safety.CrisisCrossValidation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rahnama's single entry point. Without arguments it runs the service (HTTP API, actuator, and Telegram when a
 * token is configured); with a command name it runs that command with the same pipeline and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RahnamaApplication {

    /** "Today" for opening hours is a day in France; tests give their own clock. */
    @org.springframework.context.annotation.Bean
    java.time.Clock clock() {
        return java.time.Clock.system(java.time.ZoneId.of("Europe/Paris"));
    }

    private static final Set<String> COMMANDS = Set.of("chat", "ask", "kb", "contacts", "eval-language", "eval-intent",
            "eval-safety", "help", "--help");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("train")) {
            TrainModels.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("intent-cv")) {
            IntentCrossValidation.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("safety-cv")) {
            CrisisCrossValidation.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            SpringApplication application = new SpringApplication(RahnamaApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("cli");
            int code;
            // A command never starts the Telegram channel, even where RAHNAMA_TELEGRAM_TOKEN is set for the service.
            try (ConfigurableApplicationContext context = application.run("--rahnama.telegram.token=")) {
                code = context.getBean(CommandLine.class).run(args);
            }
            System.exit(code);
        }
        SpringApplication.run(RahnamaApplication.class, args);
    }
}

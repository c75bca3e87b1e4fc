package org.cirm.insight.internal.prediction;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The export as a command: started with {@code --cirm.insight.export-log=<file>}, the
 * platform writes the ended requests as an event log and exits.
 */
@Component
@ConditionalOnProperty("cirm.insight.export-log")
class EventLogExportCommand implements ApplicationRunner {

	private final EventLogExport export;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	EventLogExportCommand(EventLogExport export, Environment environment, ConfigurableApplicationContext context) {
		this.export = export;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Path file = Path.of(this.environment.getProperty("cirm.insight.export-log", "event-log.csv"));
		int cases = this.export.export(file);
		System.out.printf("%,d requests written to %s%n", cases, file);
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}

package org.cirm.servicerequest.internal.simulation;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.cirm.platform.ThaiDates;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The generator as a command: with the profiles {@code demo,history} and
 * {@code --cirm.simulation.requests=<n>} the platform lives through two years (or
 * {@code cirm.simulation.days} from {@code cirm.simulation.from}), draws a progress bar,
 * and exits when the history is made. {@code cirm.simulation.stay=true} keeps the
 * platform running afterwards, its job executor started, for a demo with history.
 */
@Component
@Profile("demo")
@ConditionalOnProperty("cirm.simulation.requests")
class HistoryCommand implements ApplicationRunner {

	private static final int BAR = 40;

	private final HistoryGenerator generator;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final ProcessEngineConfigurationImpl engine;

	HistoryCommand(HistoryGenerator generator, Environment environment, ConfigurableApplicationContext context,
			ProcessEngineConfigurationImpl engine) {
		this.generator = generator;
		this.environment = environment;
		this.context = context;
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		SimulationSettings defaults = SimulationSettings.twoYears(today,
				this.environment.getRequiredProperty("cirm.simulation.requests", Integer.class));
		SimulationSettings settings = new SimulationSettings(
				this.environment.getProperty("cirm.simulation.seed", Long.class, defaults.seed()),
				this.environment.getProperty("cirm.simulation.from", LocalDate.class, defaults.from()),
				this.environment.getProperty("cirm.simulation.days", Integer.class, defaults.days()),
				defaults.requests(), defaults.slowAgency(), defaults.slowOfficer(), defaults.slowCounter());
		HistoryGenerator.Made made = this.generator.generate(settings, progress -> {
			int filled = (int) Math.round(progress.done() * BAR);
			System.out
				.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + Math.round(progress.done() * 100)
						+ "% " + progress.day() + "  " + progress.filed() + " requests");
		});
		System.out.println();
		System.out.println("History made: " + made.filed() + " requests filed (" + made.refused()
				+ " refused at intake), " + made.rated() + " rated, " + made.disputed() + " disputed");
		if (!this.environment.getProperty("cirm.simulation.stay", Boolean.class, false)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
		// The demo goes on with history: timers and asynchronous steps run as usual
		// again.
		this.engine.getJobExecutor().start();
	}

}

package org.cirm.insight.internal.prediction;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.cirm.sla.SlaCalendars;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The backtest as a command: started with {@code --cirm.insight.backtest.log=<csv>}, the
 * platform reads the event log, runs {@link Backtest}, prints its table and exits. The
 * columns are named by {@code --cirm.insight.backtest.case}, {@code .activity},
 * {@code .timestamp} (and optionally {@code .start}, {@code .resource}, {@code .channel},
 * {@code .kind}, {@code .deadline}); time is counted in {@code .days=calendar} (default)
 * or {@code working} days of the Thai government calendar. See docs/predictions.md.
 */
@Component
@ConditionalOnProperty("cirm.insight.backtest.log")
class BacktestCommand implements ApplicationRunner {

	private static final String PREFIX = "cirm.insight.backtest.";

	private final Environment environment;

	private final SlaCalendars calendars;

	private final ConfigurableApplicationContext context;

	BacktestCommand(Environment environment, SlaCalendars calendars, ConfigurableApplicationContext context) {
		this.environment = environment;
		this.calendars = calendars;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		int status = backtest(System.out);
		System.exit(SpringApplication.exit(this.context, () -> status));
	}

	int backtest(PrintStream out) {
		EventLogCsv.Columns standard = EventLogCsv.Columns.standard();
		EventLogCsv.Columns columns = new EventLogCsv.Columns(option("case", standard.caseId()),
				option("activity", standard.activity()), option("timestamp", standard.timestamp()),
				option("start", null), option("resource", null), option("channel", null), option("kind", null),
				option("deadline", null));
		boolean working = "working".equals(option("days", "calendar"));
		Span span = working ? Span.workingDays(this.calendars.government()) : Span.calendarDays();
		Path file = Path.of(option("log", ""));
		try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			EventLog log = EventLogCsv.read(csv, columns, ZoneId.of(option("zone", "Asia/Bangkok")));
			List<Backtest.Row> rows = Backtest.run(log, span, Double.parseDouble(option("train", "0.7")),
					Integer.parseInt(option("longest", "10")));
			out.printf("%s: %,d cases, learnt from the first %s of the time, errors in %s days%n", file,
					log.cases().size(), option("train", "0.7"), working ? "working" : "calendar");
			print(rows, Integer.parseInt(option("longest", "10")), out);
			return 0;
		}
		catch (IOException | IllegalArgumentException unreadable) {
			out.println("The backtest could not run: " + unreadable.getMessage());
			return 2;
		}
	}

	static void print(List<Backtest.Row> rows, int longest, PrintStream out) {
		out.println("prefix  predictions  no history   MAE  MAE/mean  in 80% interval |  MAE zero  MAE median"
				+ "  MAE deadline |  Brier  Brier base rate");
		for (Backtest.Row row : rows) {
			out.printf(Locale.ROOT, "%6s  %11d  %10d  %6.2f  %8.2f  %15.0f%% |  %8.2f  %10.2f  %12s |  %5s  %15s%n",
					row.prefix() == 0 ? "all"
							: row.prefix() > longest ? "> " + longest : Integer.toString(row.prefix()),
					row.predicted(), row.unpredicted(), row.mae(), row.normalisedMae(), 100 * row.coverage(),
					row.zeroMae(), row.medianMae(), figure(row.deadlineMae()), figure(row.brier()),
					figure(row.baseRateBrier()));
		}
	}

	private static String figure(Double value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
	}

	private String option(String name, String otherwise) {
		return this.environment.getProperty(PREFIX + name, otherwise);
	}

}

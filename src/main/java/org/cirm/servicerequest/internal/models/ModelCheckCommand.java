package org.cirm.servicerequest.internal.models;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The model check as a command, for the CI of a model repository: started with
 * {@code --cirm.models.check-dir=<folder>}, the platform checks every BPMN, DMN and form
 * under the folder as one deployment, prints each problem on a line, and exits with 0
 * when all may go live, 1 otherwise.
 */
@Component
@ConditionalOnProperty("cirm.models.check-dir")
class ModelCheckCommand implements ApplicationRunner {

	private final ModelCheck check;

	private final IdentityService identity;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	ModelCheckCommand(ModelCheck check, IdentityService identity, Environment environment,
			ConfigurableApplicationContext context) {
		this.check = check;
		this.identity = identity;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		int status = check(Path.of(this.environment.getRequiredProperty("cirm.models.check-dir")), System.out);
		System.exit(SpringApplication.exit(this.context, () -> status));
	}

	/** Checks the folder's models and says what is wrong; 0 when nothing is. */
	int check(Path folder, PrintStream out) {
		Map<String, byte[]> resources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).filter(ModelCheckCommand::isModel).toList()) {
				resources.put(folder.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		List<ModelCheck.Problem> problems = this.check.check(resources, this.identity);
		problems.forEach(
				problem -> out.println(problem.resource() + (problem.element() == null ? "" : " " + problem.element())
						+ ": " + problem.th() + " / " + problem.en()));
		out.println(problems.isEmpty() ? "OK: " + resources.size() + " file(s) may go live"
				: problems.size() + " problem(s) in " + resources.size() + " file(s)");
		return problems.isEmpty() ? 0 : 1;
	}

	private static boolean isModel(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form");
	}

}

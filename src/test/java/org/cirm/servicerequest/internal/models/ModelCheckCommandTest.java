package org.cirm.servicerequest.internal.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The model check as a command for a model repository's CI: the shipped services (the
 * restaurant's wait for the applicant's documents a task without a limit) and a new one
 * pass, a broken one fails with every problem on its own line.
 */
@CirmWebTest
class ModelCheckCommandTest {

	@Autowired
	ModelCheck check;

	@Autowired
	IdentityService identity;

	@Autowired
	ConfigurableApplicationContext context;

	@TempDir
	Path repository;

	@Test
	void theShippedServicesMayGoLive() throws IOException {
		for (String pattern : new String[] { "classpath*:processes/**/*", "classpath*:forms/**/*" }) {
			for (var resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				if (resource.isReadable() && resource.getFilename() != null && resource.getFilename().contains(".")) {
					Files.write(this.repository.resolve(resource.getFilename()), resource.getContentAsByteArray());
				}
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command().check(this.repository, new PrintStream(out, true, StandardCharsets.UTF_8)))
			.as(out.toString(StandardCharsets.UTF_8))
			.isZero();
	}

	@Test
	void aBrokenServiceFailsWithEveryProblem() throws IOException {
		for (String name : new String[] { "licence-decision.dmn", "licence-apply.form", "licence-check.form",
				"licence-inspect.form" }) {
			Files.write(this.repository.resolve(name),
					new ClassPathResource("models/licence/" + name).getContentAsByteArray());
		}
		String model = new ClassPathResource("models/licence/licence.bpmn").getContentAsString(StandardCharsets.UTF_8)
			.replace("__CHANNELS__", "COUNTER, KIOSK")
			.replace("camunda:asyncBefore=\"true\"", "")
			// An officer's task without a limit (only a wait for the applicant may).
			.replace("<camunda:property name=\"step.timeLimit\" value=\"3\" />", "")
			.replace("<camunda:property name=\"agency.no\"",
					"<camunda:property name=\"agency.sendNationalId\" value=\"ownerId\" />\n<camunda:property name=\"agency.no\"");
		Files.writeString(this.repository.resolve("licence.bpmn"), model);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = command().check(this.repository, new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(status).isOne();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("KIOSK", "licence-issue", "Task_CheckZoning",
				"asynchronous before", "Task_Inspect", "problem(s)");
	}

	private ModelCheckCommand command() {
		return new ModelCheckCommand(this.check, this.identity, this.context.getEnvironment(), this.context);
	}

}

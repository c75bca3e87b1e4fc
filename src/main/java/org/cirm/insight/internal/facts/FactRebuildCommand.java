package org.cirm.insight.internal.facts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rebuild as a command: started with {@code --cirm.insight.rebuild=true}, the
 * platform writes every request's facts anew, shows its progress, and exits.
 */
@Component
@ConditionalOnProperty("cirm.insight.rebuild")
class FactRebuildCommand implements ApplicationRunner {

	private final FactRebuild rebuild;

	private final ConfigurableApplicationContext context;

	FactRebuildCommand(FactRebuild rebuild, ConfigurableApplicationContext context) {
		this.rebuild = rebuild;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		int written = this.rebuild.rebuild(System.out);
		System.out.println("Facts rebuilt for " + written + " request(s)");
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}

package org.cirm.platform.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model under {@code processes/} and every form under {@code forms/} as one
 * deployment, so that {@code camunda:formRef} with binding {@code deployment} always
 * finds the form that was released with its process.
 *
 * <p>
 * The engine's duplicate filter compares the whole set with the last deployment of the
 * same name: nothing is deployed when nothing changed, and everything is deployed
 * together when anything did. Resource names are the paths under the classpath root
 * ({@code processes/complaint/complaint.bpmn}), the same on every machine, which the
 * starter's auto-deployment does not guarantee.
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

	static final String DEPLOYMENT_NAME = "cirm-public-services";

	private static final String[] PATTERNS = { "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
			"classpath*:forms/**/*.form" };

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		DeploymentBuilder builder = engine.getRepositoryService()
			.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("cirm")
			.enableDuplicateFiltering(false);
		models().forEach(resource -> add(builder, resource));
		if (builder.getResourceNames().isEmpty()) {
			return;
		}
		long before = deployments(engine);
		Deployment deployment = builder.deploy();
		if (deployments(engine) == before) {
			log.info("Public services unchanged since deployment {}", deployment.getId());
		}
		else {
			log.info("Public services deployed as {} ({} resources)", deployment.getId(),
					builder.getResourceNames().size());
		}
	}

	private static long deployments(ProcessEngine engine) {
		return engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
	}

	private static Stream<Resource> models() {
		var resolver = new PathMatchingResourcePatternResolver();
		return Arrays.stream(PATTERNS).flatMap(pattern -> {
			try {
				return Arrays.stream(resolver.getResources(pattern));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void add(DeploymentBuilder builder, Resource resource) {
		try (InputStream content = resource.getInputStream()) {
			builder.addInputStream(nameOf(resource), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read model " + resource, ex);
		}
	}

	/**
	 * The path below the classpath root, starting at {@code processes/} or
	 * {@code forms/}.
	 */
	static String nameOf(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		int start = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
		return url.substring(start + 1);
	}

}

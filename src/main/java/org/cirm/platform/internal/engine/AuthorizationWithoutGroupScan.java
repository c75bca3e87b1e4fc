package org.cirm.platform.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import org.springframework.stereotype.Component;

/**
 * Keeps the engine's authorization check cheap as open tasks grow. Before each command
 * that checks an officer's rights, Camunda narrows the officer's groups to those named in
 * any authorization, reading every distinct group of {@code ACT_RU_AUTHORIZATION}; that
 * table holds a row per open task and candidate group, so the read grew with the work in
 * progress (10 ms at 77,000 tasks). The narrowing only shortens the list of groups the
 * check asks for, and our officers have a few: the check here asks for all of them, with
 * the same answers.
 */
@Component
class AuthorizationWithoutGroupScan extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomSessionFactories());
		factories.add(new GenericManagerFactory(AuthorizationManager.class) {

			@Override
			public Session openSession() {
				return new AuthorizationManager() {

					@Override
					public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
						return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds;
					}

				};
			}

		});
		configuration.setCustomSessionFactories(factories);
	}

}

package org.cirm.platform.internal.engine;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.cirm.platform.Roles;
import org.springframework.stereotype.Component;

/**
 * Makes our {@code admin} role an engine administrator, next to Camunda's own
 * {@code camunda-admin}, so that operators are named the same in every part of the
 * platform.
 */
@Component
class AdminGroups extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setAdminGroups(List.of(Groups.CAMUNDA_ADMIN, Roles.ADMIN));
	}

}

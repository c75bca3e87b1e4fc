package org.cirm.platform.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine settings that keep the platform safe; changing one must be a deliberate act.
 */
@CirmWebTest
class EngineHardeningTest {

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	AuthorizationService authorizations;

	@Test
	void authorizationIsOn() {
		assertThat(this.engine.isAuthorizationEnabled()).isTrue();
	}

	@Test
	void javaSerializationOfVariablesIsOffAndDeserializationIsValidated() {
		assertThat(this.engine.isJavaSerializationFormatEnabled()).isFalse();
		assertThat(this.engine.isDeserializationTypeValidationEnabled()).isTrue();
	}

	@Test
	void adHocQueriesTakeNoExpressions() {
		assertThat(this.engine.isEnableExpressionsInAdhocQueries()).isFalse();
	}

	@Test
	void theEngineNeverAltersTheSchema() {
		assertThat(this.engine.getDatabaseSchemaUpdate()).isEqualTo("false");
	}

	@Test
	void noScriptEngineIsOnTheClasspath() {
		var scripts = new ScriptEngineManager();
		for (String language : List.of("groovy", "javascript", "js", "graal.js", "nashorn", "python", "jython",
				"ruby")) {
			assertThat(scripts.getEngineByName(language)).as(language).isNull();
		}
		assertThatThrownBy(() -> Class.forName("groovy.lang.GroovyShell")).isInstanceOf(ClassNotFoundException.class);
		assertThatThrownBy(() -> Class.forName("org.graalvm.polyglot.Context"))
			.isInstanceOf(ClassNotFoundException.class);
	}

	@Test
	void onlyProcessOwnersMayCreateDeployments() {
		List<Authorization> grants = this.authorizations.createAuthorizationQuery()
			.resourceType(Resources.DEPLOYMENT)
			.hasPermission(Permissions.CREATE)
			.list();

		assertThat(grants).extracting(Authorization::getGroupId).containsOnly("process-owner");
		assertThat(grants).extracting(Authorization::getUserId).containsOnlyNulls();
	}

}

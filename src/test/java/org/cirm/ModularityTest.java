package org.cirm;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of DESIGN.md and only the arrows it allows between them: no cycles, no
 * reaching into another module's {@code internal} package.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(CirmApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheDesignAllows() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

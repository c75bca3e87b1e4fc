package org.cirm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.CaseService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of DESIGN.md and only the arrows it allows between them: no cycles, no
 * reaching into another module's {@code internal} package; and one door to a request's
 * process: only {@code servicerequest} reads or correlates it ({@code sla} and
 * {@code platform} use the engine for their own mechanisms).
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(CirmApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheDesignAllows() {
		this.modules.verify();
	}

	@Test
	void onlyServiceRequestSlaAndPlatformUseTheEnginesProcessServices() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.cirm");
		noClasses().that()
			.resideOutsideOfPackages("org.cirm.servicerequest..", "org.cirm.sla..", "org.cirm.platform..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(RuntimeService.class, HistoryService.class, TaskService.class, ManagementService.class,
					ExternalTaskService.class, FormService.class, CaseService.class, ProcessEngine.class)
			.because("only servicerequest reads or correlates a request's process; other modules ask it")
			.check(classes);
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}

package org.cirm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Date;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance.SimpleVariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import java.util.List;

class ProcessVariableTest {

	private static final ProcessVariable<DayOfWeek> DAY = ProcessVariable.code("day", DayOfWeek.class);

	private static final ProcessVariable<String> NOTE = ProcessVariable.text("note");

	private static final ProcessVariable<Boolean> DONE = ProcessVariable.flag("done");

	private static final ProcessVariable<Date> DUE = ProcessVariable.date("due");

	@Test
	void storesEnumsAsTheirCodeAndReadsThemBack() {
		Scope scope = new Scope();
		DAY.set(scope, DayOfWeek.MONDAY);

		assertThat(scope.getVariable("day")).isEqualTo("MONDAY");
		assertThat(DAY.from(scope)).isEqualTo(DayOfWeek.MONDAY);
	}

	@Test
	void readsFlagsDatesAndTextsAsTheirTypes() {
		Date due = new Date(0);
		Scope scope = new Scope();
		DONE.set(scope, true);
		DUE.set(scope, due);
		NOTE.set(scope, "ok");

		assertThat(DONE.from(scope)).isTrue();
		assertThat(DUE.from(scope)).isEqualTo(due);
		assertThat(NOTE.optionalFrom(Variables.createVariables().putValue("note", "ok"))).contains("ok");
	}

	@Test
	void putsCodesIntoVariableMaps() {
		assertThat(DAY.putIn(Variables.createVariables(), DayOfWeek.FRIDAY)).containsEntry("day", "FRIDAY");
	}

	@Test
	void saysWhichVariableIsMissing() {
		assertThatThrownBy(() -> NOTE.from(new Scope())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'note' is not set");
	}

	@Test
	void refusesMissingOrBlankRequiredValuesWithTheGivenMessage() {
		Scope scope = new Scope();
		NOTE.set(scope, "   ");

		assertThatThrownBy(() -> NOTE.requireFrom(scope, "Write a note"))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessage("Write a note");
		assertThatThrownBy(() -> DONE.requireFrom(scope, "Say if done")).hasMessage("Say if done");
	}

	@Test
	void refusesAnUnknownCodeAsBadInput() {
		Scope scope = new Scope();
		scope.setVariable("day", "HOLIDAY");

		assertThatThrownBy(() -> DAY.from(scope)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("'HOLIDAY' is not a valid day");
	}

	/** A plain variable scope, as the engine gives a delegate, without an engine. */
	private static final class Scope extends AbstractVariableScope {

		private final VariableStore<SimpleVariableInstance> store = new VariableStore<>();

		@Override
		protected VariableStore<CoreVariableInstance> getVariableStore() {
			return (VariableStore) this.store;
		}

		@Override
		protected VariableInstanceFactory<CoreVariableInstance> getVariableInstanceFactory() {
			return (VariableInstanceFactory) SimpleVariableInstanceFactory.INSTANCE;
		}

		@Override
		protected List<VariableInstanceLifecycleListener<CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
			return List.of();
		}

		@Override
		public AbstractVariableScope getParentVariableScope() {
			return null;
		}

	}

}

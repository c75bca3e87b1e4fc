package org.cirm.platform;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A process variable declared once, with its name and type, and read or written only
 * through it, so that no delegate or test casts {@code getVariable("x")}.
 *
 * <p>
 * Variables carry references, codes, flags, short texts and dates. They must never carry
 * a national ID, a citizen's name or a whole domain object: Camunda keeps variables in
 * its history for years and Tasklist shows every variable of a task.
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Function<T, Object> toStored;

	private final Function<Object, T> fromStored;

	private ProcessVariable(String name, Function<T, Object> toStored, Function<Object, T> fromStored) {
		this.name = name;
		this.toStored = toStored;
		this.fromStored = fromStored;
	}

	public static ProcessVariable<String> text(String name) {
		return new ProcessVariable<>(name, value -> value, String.class::cast);
	}

	public static ProcessVariable<Boolean> flag(String name) {
		return new ProcessVariable<>(name, value -> value, Boolean.class::cast);
	}

	/** A whole number, whichever numeric type the form or the REST client sent. */
	public static ProcessVariable<Long> number(String name) {
		return new ProcessVariable<>(name, value -> value, stored -> {
			if (stored instanceof Number number) {
				return number.longValue();
			}
			throw new FormFieldValidationException(name, "'" + stored + "' is not a number");
		});
	}

	public static ProcessVariable<Date> date(String name) {
		return new ProcessVariable<>(name, value -> value, Date.class::cast);
	}

	/**
	 * An enum, stored by its constant name so that forms and gateways compare plain
	 * codes.
	 */
	public static <E extends Enum<E>> ProcessVariable<E> code(String name, Class<E> type) {
		return new ProcessVariable<>(name, Enum::name, stored -> {
			try {
				return Enum.valueOf(type, (String) stored);
			}
			catch (IllegalArgumentException | ClassCastException ex) {
				throw new FormFieldValidationException(name, "'" + stored + "' is not a valid " + name);
			}
		});
	}

	public String name() {
		return this.name;
	}

	/** The value, which the process must have set by now. */
	public T from(VariableScope scope) {
		return optionalFrom(scope).orElseThrow(() -> new IllegalStateException(
				"Process variable '" + this.name + "' is not set in " + scope.getVariableScopeKey() + " scope"));
	}

	/**
	 * The value an officer must have entered: a missing or blank value is a
	 * {@link FormFieldValidationException}, which the REST API and Tasklist show as a 400
	 * with the message.
	 */
	public T requireFrom(VariableScope scope, String message) {
		return optionalFrom(scope).filter(value -> !(value instanceof String text && text.isBlank()))
			.orElseThrow(() -> new FormFieldValidationException(this.name, message));
	}

	public Optional<T> optionalFrom(VariableScope scope) {
		return Optional.ofNullable(scope.getVariable(this.name)).map(this.fromStored);
	}

	public Optional<T> optionalFrom(Map<String, Object> variables) {
		return Optional.ofNullable(variables.get(this.name)).map(this.fromStored);
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(this.name, this.toStored.apply(value));
	}

	/** Adds the value to a variable map, for starting a process or completing a task. */
	public VariableMap putIn(VariableMap variables, T value) {
		return variables.putValue(this.name, this.toStored.apply(value));
	}

	@Override
	public String toString() {
		return this.name;
	}

}

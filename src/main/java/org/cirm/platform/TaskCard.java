package org.cirm.platform;

import java.util.List;

/**
 * What a task's card in Tasklist shows besides the step's name, so officers tell their
 * tasks apart: the request's tracking code and what it is about. Each line is a copy of a
 * request's variable kept on the task itself ({@code card<Name>}), because an officer may
 * read a task they are a candidate for, not the whole process instance's variables. A
 * service without one of the variables simply shows the others.
 */
public final class TaskCard {

	/**
	 * @param processVariable the request's variable shown
	 */
	public record Line(String processVariable) {

		/** The task's own copy of it. */
		public String taskVariable() {
			return "card" + Character.toUpperCase(this.processVariable.charAt(0)) + this.processVariable.substring(1);
		}

		/** Its label on the card, "ไทย / English". */
		public String label() {
			return Texts.of("task-card." + this.processVariable).toString();
		}

	}

	public static final List<Line> LINES = List.of(new Line("trackingCode"), new Line("subject"),
			new Line("businessNameTh"));

	private TaskCard() {
	}

}

package org.cirm.agency;

import java.util.Map;

/**
 * Where an agency's callback goes: to the process of the request that waits for it.
 * {@code servicerequest}, the one module that correlates a request's process, provides
 * it; the agency module keeps the receipts and the inbox.
 */
public interface AgencyAnswerDelivery {

	/**
	 * Gives the process the message, with these variables local to the step that waits.
	 * @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when it waits
	 * for no such message
	 */
	void deliver(String processInstanceId, String message, Map<String, Object> localVariables);

}

package org.cirm.servicerequest.internal;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.cirm.agency.AgencyAnswerDelivery;

import org.springframework.stereotype.Component;

/** Gives an agency's answer to the request's process that waits for it. */
@Component
class AgencyAnswers implements AgencyAnswerDelivery {

	private final RuntimeService runtime;

	AgencyAnswers(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void deliver(String processInstanceId, String message, Map<String, Object> localVariables) {
		this.runtime.createMessageCorrelation(message)
			.processInstanceId(processInstanceId)
			.setVariablesLocal(localVariables)
			.correlateWithResult();
	}

}

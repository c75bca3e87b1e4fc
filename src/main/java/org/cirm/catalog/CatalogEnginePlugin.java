package org.cirm.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Counts the models this node parsed, once the deployment that brought them is committed:
 * the catalog keeps its list of services until the count moves, so a new service is
 * listed at once and the list is not read from the database on every request in between.
 */
@Component
class CatalogEnginePlugin extends AbstractProcessEnginePlugin {

	private final AtomicLong parsed = new AtomicLong();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
				? List.of() : configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity process) {
				CommandContext command = Context.getCommandContext();
				if (command == null) {
					CatalogEnginePlugin.this.parsed.incrementAndGet();
				}
				else {
					command.getTransactionContext()
						.addTransactionListener(TransactionState.COMMITTED,
								committed -> CatalogEnginePlugin.this.parsed.incrementAndGet());
				}
			}

		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/** How many models were parsed so far. */
	long parsed() {
		return this.parsed.get();
	}

}

package org.cirm.platform.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

import org.springframework.stereotype.Component;

/**
 * The history the platform keeps
 * ({@code camunda.bpm.history-level: full-without-variable-updates}): everything of
 * Camunda's full history (processes, steps, tasks, the last value of every variable,
 * incidents, the job log, decisions, officers' operations) but the log of every value a
 * variable ever took ({@code ACT_HI_DETAIL}). Nothing reads that log, and it was a fifth
 * of the bytes a request writes, each form field a third time, a citizen's words kept
 * once more (ADR 0008). Migration V24 moves a database kept at full to this level.
 */
@Component
class HistoryWithoutVariableUpdates extends AbstractProcessEnginePlugin {

	static final HistoryLevel LEVEL = new AbstractHistoryLevel() {

		@Override
		public int getId() {
			return 13;
		}

		@Override
		public String getName() {
			return "full-without-variable-updates";
		}

		@Override
		public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
			return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
					&& eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
		}

	};

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryLevel> levels = new ArrayList<>();
		if (configuration.getCustomHistoryLevels() != null) {
			levels.addAll(configuration.getCustomHistoryLevels());
		}
		levels.add(LEVEL);
		configuration.setCustomHistoryLevels(levels);
	}

}

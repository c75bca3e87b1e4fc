package org.cirm.servicerequest.internal.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.cirm.servicerequest.ProcessState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a tracking look-up reads of a request's process, straight from the engine's
 * tables: where it stands (its history and every element it reached) in one query, and
 * the messages it waits for in another. Through the engine's query API this was three
 * commands, each mapping every column of every row; at a million requests on file it was
 * about a third of a look-up. Read-only; the engine's table names come from the engine,
 * with its configured prefix.
 */
@Component
class ProcessReads {

	/** A process as the history holds it. */
	record Found(String processDefinitionId, Instant endedAt, List<ProcessState.Visit> visits) {
	}

	private final JdbcClient jdbc;

	private final ManagementService management;

	private final Map<Class<?>, String> tables = new ConcurrentHashMap<>();

	ProcessReads(JdbcClient jdbc, ManagementService management) {
		this.jdbc = jdbc;
		this.management = management;
	}

	/** The process and its visits, oldest first; empty when the history has none. */
	Optional<Found> of(String processInstanceId) {
		List<Row> rows = this.jdbc
			.sql("select p.PROC_DEF_ID_, p.END_TIME_, a.ACT_ID_, a.START_TIME_, a.END_TIME_ from "
					+ table(HistoricProcessInstance.class) + " p left join " + table(HistoricActivityInstance.class)
					+ " a on a.PROC_INST_ID_ = p.ID_ where p.ID_ = ? order by a.START_TIME_, a.SEQUENCE_COUNTER_")
			.param(processInstanceId)
			.query((row, n) -> new Row(row.getString(1), instant(row.getTimestamp(2)), row.getString(3),
					instant(row.getTimestamp(4)), instant(row.getTimestamp(5))))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		List<ProcessState.Visit> visits = rows.stream()
			.filter(row -> row.element() != null)
			.map(row -> new ProcessState.Visit(row.element(), row.startedAt(), row.endedAt()))
			.toList();
		return Optional.of(new Found(rows.get(0).definition(), rows.get(0).processEndedAt(), visits));
	}

	/**
	 * One row of the query: the process, with one element it reached (none yet: null).
	 */
	private record Row(String definition, Instant processEndedAt, String element, Instant startedAt, Instant endedAt) {
	}

	/** The names of the messages the process waits for now. */
	Set<String> awaitedMessages(String processInstanceId) {
		return Set.copyOf(this.jdbc
			.sql("select EVENT_NAME_ from " + table(EventSubscriptionEntity.class)
					+ " where PROC_INST_ID_ = ? and EVENT_TYPE_ = 'message' and EVENT_NAME_ is not null")
			.param(processInstanceId)
			.query(String.class)
			.list());
	}

	private String table(Class<?> entity) {
		return this.tables.computeIfAbsent(entity, this.management::getTableName);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

package org.cirm.sla.internal;

import org.camunda.bpm.engine.TaskService;
import org.cirm.platform.AccessPolicy;
import org.cirm.platform.StartupStep;
import org.cirm.platform.Texts;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filter of steps near or past their deadline: those the SLA warning raised
 * (priority 75) or escalated (100), most urgent first. Officers see their agency's;
 * supervisors also the escalated ones of every agency.
 */
@Component
@Order(200)
class LateStepsFilter implements StartupStep {

	private final AccessPolicy access;

	private final TaskService tasks;

	LateStepsFilter(AccessPolicy access, TaskService tasks) {
		this.access = access;
		this.tasks = tasks;
	}

	@Override
	public void run() {
		this.access.ensureSharedTaskFilter(Texts.of("sla.filter.late").toString(), -8,
				Texts.of("sla.filter.late.description").toString(),
				this.tasks.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.taskMinPriority(Deadlines.WARNING_PRIORITY)
					.orderByDueDate()
					.asc());
	}

}

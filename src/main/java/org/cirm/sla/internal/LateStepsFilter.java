package org.cirm.sla.internal;

import org.camunda.bpm.engine.TaskService;
import org.cirm.platform.AccessPolicy;
import org.cirm.platform.StartupStep;

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
		this.access.ensureSharedTaskFilter("ใกล้หรือเกินกำหนด / Due soon or overdue", -8,
				"ขั้นตอนที่ใกล้ครบหรือเกินกำหนดเวลา / Steps near or past their time limit",
				this.tasks.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.taskMinPriority(Deadlines.WARNING_PRIORITY)
					.orderByDueDate()
					.asc());
	}

}

package org.cirm.platform.internal.identity;

import org.camunda.bpm.engine.TaskService;
import org.cirm.platform.AccessPolicy;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer sees: their agency's open steps and the steps they
 * claimed.
 */
@Component
class TasklistFilters {

	private final AccessPolicy access;

	private final TaskService tasks;

	TasklistFilters(AccessPolicy access, TaskService tasks) {
		this.access = access;
		this.tasks = tasks;
	}

	void ensureShared() {
		this.access.ensureSharedTaskFilter("งานของหน่วยงาน / My agency's tasks", -10,
				"ขั้นตอนที่รอหน่วยงานของท่าน / Steps waiting for your agency",
				this.tasks.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		this.access.ensureSharedTaskFilter("งานที่ฉันรับไว้ / My claimed tasks", -5,
				"ขั้นตอนที่ท่านรับไว้ / Steps you have claimed",
				this.tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
	}

}

package org.cirm.platform.internal.identity;

import org.camunda.bpm.engine.TaskService;
import org.cirm.platform.AccessPolicy;
import org.cirm.platform.Texts;
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
		this.access.ensureSharedTaskFilter(Texts.of("filter.agency").toString(), -10,
				Texts.of("filter.agency.description").toString(),
				this.tasks.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		this.access.ensureSharedTaskFilter(Texts.of("filter.claimed").toString(), -5,
				Texts.of("filter.claimed.description").toString(),
				this.tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
	}

}

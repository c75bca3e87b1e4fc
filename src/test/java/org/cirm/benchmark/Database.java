package org.cirm.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A database of the embedded PostgreSQL, read the way an operator checks it: plain SQL.
 */
record Database(EmbeddedPostgres postgres, String name) {

	/** A new, empty database on the server. */
	static Database create(EmbeddedPostgres postgres, String name) {
		try (Connection admin = postgres.getPostgresDatabase().getConnection();
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + name);
			sql.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return new Database(postgres, name);
	}

	/** Drops it, e.g. to give its disk back. */
	void drop() {
		try (Connection admin = this.postgres.getPostgresDatabase().getConnection();
				Statement sql = admin.createStatement()) {
			sql.execute("drop database " + this.name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", this.name);
	}

	void execute(String statement) {
		try (Connection connection = this.postgres.getDatabase("postgres", this.name).getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(statement, ex);
		}
	}

	long number(String query) {
		return Long.parseLong(text(query));
	}

	String text(String query) {
		return texts(query).get(0);
	}

	/** The first column of every row. */
	List<String> texts(String query) {
		try (Connection connection = this.postgres.getDatabase("postgres", this.name).getConnection();
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery(query)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(query, ex);
		}
	}

}

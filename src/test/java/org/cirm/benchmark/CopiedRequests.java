package org.cirm.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cirm.servicerequest.TrackingCode;

/**
 * Fills the file up to a number of requests quickly, for tracking at a million: every
 * request on file is copied, with every row the engine and the platform wrote for it that
 * a look-up reads (its process's history and running state, its clocks, notices, facts
 * and predictions). A copy's rows are the original's with new identifiers: each id that
 * links them becomes {@code md5(id:n)} as a UUID for copy n, in every table alike, so the
 * copies link up as the originals do and every index grows as it would.
 */
final class CopiedRequests {

	/** What a look-up reads; the engine's ones only for the processes of requests. */
	private static final List<String> TABLES = List.of("service_request", "sla_clock", "sla_delay_notice",
			"request_fact", "step_fact", "prediction", "act_hi_procinst", "act_hi_actinst", "act_hi_varinst",
			"act_hi_taskinst", "act_ru_execution", "act_ru_event_subscr");

	/** Columns that identify a row or link it to another: new in every copy. */
	private static final Set<String> IDS = Set.of("id", "request_id", "process_instance", "business_key",
			"activity_instance", "visit", "clock_id", "idempotency_key", "id_", "proc_inst_id_", "root_proc_inst_id_",
			"execution_id_", "parent_id_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "call_proc_inst_id_",
			"super_process_instance_id_", "super_exec_", "business_key_");

	/**
	 * The read model's Bangkok months (yyyymm) and the moments they are the month of: a
	 * copy's month is its moved moment's. Its hours stay, as it moves by whole days.
	 */
	private static final Map<String, String> MONTHS = Map.of("received_month", "received_at", "ended_month",
			"ended_at");

	private static final Map<String, String> FILL_SETTINGS = Map.of("full_page_writes", "off", "synchronous_commit",
			"off", "max_wal_size", "32GB", "checkpoint_timeout", "1h", "maintenance_work_mem", "1GB");

	/** The requests there were before the first copy. */
	private static final String ORIGINALS = "benchmark_original_request";

	/** Copies made in one statement per table. */
	private static final int COPIES_AT_ONCE = 50;

	private CopiedRequests() {
	}

	/**
	 * Copies the requests on file until there are at least {@code target}. No node should
	 * run meanwhile: while the indexes are away, its queries would scan whole tables.
	 * @return how many are on file
	 */
	static long fillUpTo(Database db, long target) {
		long originals = db.number("select count(*) from service_request");
		long copies = Math.max(0, (target + originals - 1) / originals - 1);
		long started = System.nanoTime();
		// Settings for loading only, undone afterwards: no full pages in the WAL, few
		// checkpoints, memory to build the indexes.
		FILL_SETTINGS.forEach((name, value) -> db.execute("alter system set " + name + " = '" + value + "'"));
		db.texts("select pg_reload_conf()::text");
		db.execute("create table " + ORIGINALS + " as select id, process_instance from service_request");
		// Rows go in many times faster without the indexes that no key needs; they are
		// built again afterwards, as they would have grown.
		String secondary = " from pg_indexes where tablename in ('" + String.join("', '", TABLES) + "')"
				+ " and indexname not in (select conname from pg_constraint)";
		List<String> indexes = db.texts("select indexdef" + secondary);
		db.texts("select indexname" + secondary).forEach(index -> db.execute("drop index " + index));
		for (long from = 1; from <= copies; from += COPIES_AT_ONCE) {
			long to = Math.min(copies, from + COPIES_AT_ONCE - 1);
			for (String table : TABLES) {
				db.execute(copy(db, table, from, to));
			}
			System.out.printf("Copied the %d requests on file %d times of %d (%.0f s)%n", originals, to, copies,
					(System.nanoTime() - started) / 1e9);
		}
		indexes.forEach(db::execute);
		db.execute("drop table " + ORIGINALS);
		// The reports read sums by day and month: every day with facts is marked, as the
		// platform marks the days whose facts it wrote, and the node recomputes them.
		db.execute("insert into sum_pending (period) select day from (" + bangkokDays("request_fact", "received_at")
				+ " union " + bangkokDays("request_fact", "ended_at") + " union "
				+ bangkokDays("step_fact", "started_at") + ") d where day is not null order by day");
		TABLES.forEach(table -> db.execute("analyze " + table));
		db.execute("alter system reset all");
		db.texts("select pg_reload_conf()::text");
		db.execute("checkpoint");
		System.out.printf("Indexes built again, %d requests on file (%.0f s)%n",
				db.number("select count(*) from service_request"), (System.nanoTime() - started) / 1e9);
		return db.number("select count(*) from service_request");
	}

	/**
	 * New tracking codes for {@code count} copies filed through the API (by the demo's
	 * one applicant), for the look-ups to use: a copy's code is not one a citizen could
	 * type.
	 */
	static List<String> trackable(Database db, int count) {
		List<String> ids = db.texts("select id from service_request where channel = 'API'"
				+ " and tracking_code <> upper(tracking_code) order by random() limit " + count);
		List<String> codes = ids.stream().map(id -> TrackingCode.random().value()).toList();
		try (Connection connection = db.postgres().getDatabase("postgres", db.name()).getConnection();
				PreparedStatement request = connection
					.prepareStatement("update service_request set tracking_code = ? where id = ?");
				PreparedStatement fact = connection
					.prepareStatement("update request_fact set tracking_code = ? where request_id = ?")) {
			for (int i = 0; i < ids.size(); i++) {
				for (PreparedStatement update : List.of(request, fact)) {
					update.setString(1, codes.get(i));
					update.setString(2, ids.get(i));
					update.executeUpdate();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return codes;
	}

	private static String copy(Database db, String table, long from, long to) {
		String ofTable = " from information_schema.columns where table_name = '" + table
				+ "' and is_identity = 'NO' order by ordinal_position";
		List<String> columns = db.texts("select column_name" + ofTable);
		List<String> types = db.texts("select data_type" + ofTable);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			values.add(types.get(i).startsWith("timestamp") ? moved("t." + column)
					: MONTHS.containsKey(column) ? "cast(to_char(" + moved("t." + MONTHS.get(column))
							+ " at time zone 'Asia/Bangkok', 'YYYYMM') as int)" : copied(column));
		}
		return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
				+ " from " + table + " t cross join generate_series(" + from + ", " + to + ") n where "
				+ originalRows(table);
	}

	private static String bangkokDays(String table, String column) {
		return "select distinct cast(" + column + " at time zone 'Asia/Bangkok' as date) as day from " + table;
	}

	/** A moment of the original, n days earlier in copy n. */
	private static String moved(String timestamp) {
		return "(" + timestamp + " - n * interval '1 day')";
	}

	/** The rows of the requests there were before the first copy. */
	private static String originalRows(String table) {
		return switch (table) {
			case "service_request" -> "t.id in (select id from " + ORIGINALS + ")";
			case "request_fact", "step_fact", "prediction" -> "t.request_id in (select id from " + ORIGINALS + ")";
			case "sla_clock", "sla_delay_notice" ->
				"t.process_instance in (select process_instance from " + ORIGINALS + ")";
			default -> "t.proc_inst_id_ in (select process_instance from " + ORIGINALS + ")";
		};
	}

	private static String copied(String column) {
		if (column.equals("tracking_code")) {
			// Lower case: never typed by a citizen, and told apart from the originals.
			return "substr(md5(t.tracking_code || ':' || n), 1, 14)";
		}
		if (IDS.contains(column)) {
			return "(md5(t." + column + " || ':' || n)::uuid)::text";
		}
		return "t." + column;
	}

}

package org.cirm.citizen;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.cirm.testing.Postgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast an officer's lookup by national ID is with 1,000,000 citizens registered, on
 * real PostgreSQL. A benchmark, not a test: run it as the README says and read the
 * figures it prints.
 */
public final class CitizenLookupBenchmark {

	private static final int CITIZENS = 1_000_000;

	private static final int WARM_UP = 5_000;

	private static final int LOOKUPS = 50_000;

	private CitizenLookupBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("logging.level.root", "WARN"))) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long loading = System.nanoTime();
			jdbc.update(FILL, CITIZENS);
			jdbc.execute("analyze citizen");
			System.out.printf("registered %,d citizens in %.1f s%n", CITIZENS, (System.nanoTime() - loading) / 1e9);
			System.out.println(jdbc.queryForList("explain select * from citizen where national_id = '5000000000011'"));

			CitizenRegistry registry = app.getBean(CitizenRegistry.class);
			measure(registry, WARM_UP);
			long[] nanos = measure(registry, LOOKUPS);
			Arrays.sort(nanos);
			double total = Arrays.stream(nanos).sum() / 1e9;
			System.out.printf(
					"%,d lookups by national ID: mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms, "
							+ "%,.0f lookups/s on one thread%n",
					LOOKUPS, total * 1e3 / LOOKUPS, nanos[LOOKUPS / 2] / 1e6, nanos[LOOKUPS * 99 / 100] / 1e6,
					nanos[LOOKUPS - 1] / 1e6, LOOKUPS / total);
		}
	}

	private static long[] measure(CitizenRegistry registry, int lookups) {
		return IntStream.range(0, lookups).mapToLong(i -> {
			NationalId id = Citizens
				.idFrom("5" + String.format("%011d", ThreadLocalRandom.current().nextInt(1, CITIZENS + 1)));
			long start = System.nanoTime();
			if (registry.find(id).isEmpty()) {
				throw new IllegalStateException("not registered: " + id);
			}
			return System.nanoTime() - start;
		}).toArray();
	}

	/**
	 * A million citizens with valid IDs 5-00000000001-x upwards, computed by the database
	 * itself.
	 */
	private static final String FILL = """
			insert into citizen (ref, national_id, first_name_th, last_name_th, phone, preferred_channel,
			    preferred_language, created_at, updated_at)
			select gen_random_uuid()::text, d || ((11 - (
			        substr(d, 1, 1)::int * 13 + substr(d, 2, 1)::int * 12 + substr(d, 3, 1)::int * 11
			      + substr(d, 4, 1)::int * 10 + substr(d, 5, 1)::int * 9 + substr(d, 6, 1)::int * 8
			      + substr(d, 7, 1)::int * 7 + substr(d, 8, 1)::int * 6 + substr(d, 9, 1)::int * 5
			      + substr(d, 10, 1)::int * 4 + substr(d, 11, 1)::int * 3 + substr(d, 12, 1)::int * 2) % 11) % 10),
			    'ทดสอบ', 'นามสกุล' || n, '08' || lpad(n::text, 8, '0'), 'SMS', 'th', now(), now()
			from (select n, '5' || lpad(n::text, 11, '0') as d from generate_series(1, ?) n) numbers
			""";

}

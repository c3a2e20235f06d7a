package kg.tereze.municipality.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code reference_counter}: the last number given per municipality, series and year. */
@Repository
public class ReferenceCounterStore {

	private final JdbcClient jdbc;

	ReferenceCounterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number; the counter row stays locked until the caller's transaction ends, which keeps numbers gapless. */
	public int next(long municipalityId, String series, int year) {
		return jdbc.sql("""
				insert into reference_counter (municipality_id, series, year, last_number) values (?, ?, ?, 1)
				on conflict (municipality_id, series, year) do update set last_number = reference_counter.last_number + 1
				returning last_number""")
			.params(municipalityId, series, year)
			.query(Integer.class)
			.single();
	}
}

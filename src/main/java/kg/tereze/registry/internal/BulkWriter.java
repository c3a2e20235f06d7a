package kg.tereze.registry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Reserves ids and writes {@link BulkRows} with COPY, in the caller's transaction. */
@Component
public class BulkWriter {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	BulkWriter(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	public long[] reserve(String table, int count) {
		return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
			.params(table, count)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	/** Rows to fill for one municipality; pass them back to {@link #copy}. */
	public BulkRows rowsFor(long municipalityId, java.time.LocalDate today) {
		return new BulkRows(municipalityId, today);
	}

	public void copy(BulkRows rows) {
		long[] personIds = reserve("person", rows.persons.size());
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy household (id, municipality_id, book_number, village_id, street, house, registered_on, created_at, address_key, dwelling, apartment) from stdin",
					new StringReader(rows.households.toString()));
			copy.copyIn("copy person (id, municipality_id, pin, surname, given_name, patronymic, birth_date, sex, citizenship, phone, created_at, search_key) from stdin",
					new StringReader(rows.personsCopy(personIds)));
			copy.copyIn("copy membership (municipality_id, household_id, person_id, relation, valid_from) from stdin",
					new StringReader(rows.memberships(personIds)));
			copy.copyIn("copy land_plot (municipality_id, household_id, cadastral_number, area_ha, kind, tenure, valid_from) from stdin",
					new StringReader(rows.land.toString()));
			copy.copyIn("copy livestock_count (municipality_id, household_id, year, counted_on, cattle, horses, sheep_goats, yaks, poultry, recorded_at) from stdin",
					new StringReader(rows.livestock.toString()));
			copy.copyIn("copy registry_event (municipality_id, household_id, kind, effective_date, recorded_at, recorded_by) from stdin",
					new StringReader(rows.events.toString()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("writing the household book failed", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}

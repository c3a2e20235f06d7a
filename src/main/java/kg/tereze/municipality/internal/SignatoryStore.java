package kg.tereze.municipality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import kg.tereze.municipality.Signatory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code signatory}: who signs for the municipality, and from when to when. */
@Repository
public class SignatoryStore {

	private static final String COLUMNS = "id, municipality_id, full_name, position_ky, position_ru, since, until";

	private final JdbcClient jdbc;

	SignatoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Signatory> current(long municipalityId) {
		return jdbc.sql("select " + COLUMNS + " from signatory where municipality_id = ? and until is null")
			.param(municipalityId).query(SignatoryStore::row).optional();
	}

	public List<Signatory> history(long municipalityId) {
		return jdbc.sql("select " + COLUMNS + " from signatory where municipality_id = ? order by since desc, id desc")
			.param(municipalityId).query(SignatoryStore::row).list();
	}

	/** Ends the present signatory's term and starts the new one's, at the same moment. */
	public long appoint(long municipalityId, String fullName, String positionKy, String positionRu, Instant at) {
		jdbc.sql("update signatory set until = ? where municipality_id = ? and until is null")
			.params(Timestamp.from(at), municipalityId).update();
		return jdbc.sql("""
				insert into signatory (municipality_id, full_name, position_ky, position_ru, since)
				values (?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, fullName, positionKy, positionRu, Timestamp.from(at)).query(Long.class).single();
	}

	private static Signatory row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime until = rs.getObject("until", OffsetDateTime.class);
		return new Signatory(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("full_name"),
				rs.getString("position_ky"), rs.getString("position_ru"),
				rs.getObject("since", OffsetDateTime.class).toInstant(), until == null ? null : until.toInstant());
	}
}

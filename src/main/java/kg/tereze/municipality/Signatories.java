package kg.tereze.municipality;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who signs a municipality's documents now, and who signed before. */
@Service
public class Signatories {

	private static final String COLUMNS = "id, municipality_id, full_name, position_ky, position_ru, since, until";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Signatories(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Signatory> current(long municipalityId) {
		return jdbc.sql("select " + COLUMNS + " from signatory where municipality_id = ? and until is null")
			.param(municipalityId).query(Signatories::row).optional();
	}

	public List<Signatory> history(long municipalityId) {
		return jdbc.sql("select " + COLUMNS + " from signatory where municipality_id = ? order by since desc, id desc")
			.param(municipalityId).query(Signatories::row).list();
	}

	/** Appoints a new signatory; the former one's term ends now. */
	@Transactional
	public Signatory appoint(long municipalityId, String fullName, String positionKy, String positionRu) {
		String name = required("fullName", fullName);
		String ky = required("positionKy", positionKy);
		String ru = required("positionRu", positionRu);
		Instant now = clock.instant();
		Optional<Signatory> former = current(municipalityId);
		jdbc.sql("update signatory set until = ? where municipality_id = ? and until is null")
			.params(java.sql.Timestamp.from(now), municipalityId).update();
		long id = jdbc.sql("""
				insert into signatory (municipality_id, full_name, position_ky, position_ru, since)
				values (?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, name, ky, ru, java.sql.Timestamp.from(now)).query(Long.class).single();
		Signatory appointed = current(municipalityId).orElseThrow();
		audit.record(AuditRecord.updated("signatory", id, municipalityId, former.orElse(null), appointed));
		return appointed;
	}

	private static Signatory row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var until = rs.getObject("until", java.time.OffsetDateTime.class);
		return new Signatory(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("full_name"),
				rs.getString("position_ky"), rs.getString("position_ru"),
				rs.getObject("since", java.time.OffsetDateTime.class).toInstant(), until == null ? null : until.toInstant());
	}

	private static String required(String field, String value) {
		String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
		if (v.length() < 3) {
			throw new InvalidInputException(field, "signatory.required");
		}
		if (v.length() > 200) {
			throw new InvalidInputException(field, "signatory.tooLong");
		}
		return v;
	}
}

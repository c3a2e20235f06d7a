package kg.tereze.certificates.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Optional;

import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.shared.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued certificates and their annulments: inserted, never changed (a trigger refuses it). */
@Repository
public class CertificateStore {

	static final String SELECT = """
			select c.*, a.annulled_at, a.annulled_by, a.annulled_by_name, a.reason
			  from certificate c left join certificate_annulment a on a.certificate_id = c.id
			""";

	private final JdbcClient jdbc;

	CertificateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(IssuedCertificate c, int year, String factsJson) {
		return jdbc.sql("""
				insert into certificate (municipality_id, number, year, type_code, title_ky, title_ru, title_en, person_id,
				  person_pin, person_name, household_id, village_id, purpose, issued_on, issued_at, issued_by, issued_by_name,
				  signatory_name, signatory_position_ky, signatory_position_ru, header_ky, header_ru, body_ky, body_ru, facts,
				  signed_content, signature, key_id, verification_code)
				values (:m, :number, :year, :type, :tky, :tru, :ten, :person, :pin, :name, :household, :village, :purpose,
				  :on, :at, :by, :byName, :sname, :sky, :sru, :hky, :hru, :bky, :bru, cast(:facts as jsonb), :content,
				  :signature, :key, :code)
				returning id""")
			.param("m", c.municipalityId()).param("number", c.number()).param("year", year)
			.param("type", c.typeCode()).param("tky", c.title().ky()).param("tru", c.title().ru()).param("ten", c.title().en())
			.param("person", c.personId()).param("pin", c.personPin()).param("name", c.personName())
			.param("household", c.householdId()).param("village", c.villageId()).param("purpose", c.purpose())
			.param("on", c.issuedOn()).param("at", Timestamp.from(c.issuedAt())).param("by", c.issuedBy())
			.param("byName", c.issuedByName()).param("sname", c.signatoryName()).param("sky", c.signatoryPositionKy())
			.param("sru", c.signatoryPositionRu()).param("hky", c.headerKy()).param("hru", c.headerRu())
			.param("bky", c.bodyKy()).param("bru", c.bodyRu()).param("facts", factsJson)
			.param("content", c.signedContent()).param("signature", c.signature()).param("key", c.keyId())
			.param("code", c.verificationCode())
			.query(Long.class).single();
	}

	public Optional<IssuedCertificate> byNumber(long municipalityId, String number) {
		return jdbc.sql(SELECT + " where c.municipality_id = ? and c.number = ?").params(municipalityId, number)
			.query(CertificateStore::row).optional();
	}

	public Optional<IssuedCertificate> byCode(String code) {
		return jdbc.sql(SELECT + " where c.verification_code = ?").param(code).query(CertificateStore::row).optional();
	}

	public Optional<String> facts(long id) {
		return jdbc.sql("select facts::text from certificate where id = ?").param(id).query(String.class).optional();
	}

	/** @return false when it was annulled already */
	public boolean annul(long certificateId, Timestamp at, long by, String byName, String reason) {
		return jdbc.sql("""
				insert into certificate_annulment (certificate_id, annulled_at, annulled_by, annulled_by_name, reason)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(certificateId, at, by, byName, reason).update() == 1;
	}

	static IssuedCertificate row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime annulledAt = rs.getObject("annulled_at", OffsetDateTime.class);
		var annulment = annulledAt == null ? null : new IssuedCertificate.Annulment(annulledAt.toInstant(),
				rs.getLong("annulled_by"), rs.getString("annulled_by_name"), rs.getString("reason"));
		return new IssuedCertificate(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("number"),
				rs.getString("type_code"),
				new LocalizedName(rs.getString("title_ky"), rs.getString("title_ru"), rs.getString("title_en")),
				rs.getLong("person_id"), rs.getString("person_pin"), rs.getString("person_name"),
				rs.getLong("household_id"), rs.getLong("village_id"), rs.getString("purpose"),
				rs.getObject("issued_on", java.time.LocalDate.class),
				rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getLong("issued_by"),
				rs.getString("issued_by_name"), rs.getString("signatory_name"), rs.getString("signatory_position_ky"),
				rs.getString("signatory_position_ru"), rs.getString("header_ky"), rs.getString("header_ru"),
				rs.getString("body_ky"), rs.getString("body_ru"), rs.getString("signed_content"),
				rs.getBytes("signature"), rs.getString("key_id"), rs.getString("verification_code"), annulment);
	}
}

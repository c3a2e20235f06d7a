package kg.tereze.certificates.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import kg.tereze.certificates.CertificateType;
import kg.tereze.certificates.NewCertificateType;
import kg.tereze.shared.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CertificateTypeStore {

	private static final String COLUMNS = "id, municipality_id, code, name_ky, name_ru, name_en, body_ky, body_ru, built_in, active";

	private final JdbcClient jdbc;

	CertificateTypeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CertificateType> all(long municipalityId) {
		return jdbc.sql("select " + COLUMNS + " from certificate_type where municipality_id = ? order by built_in desc, id")
			.param(municipalityId).query(CertificateTypeStore::row).list();
	}

	public Optional<CertificateType> find(long municipalityId, String code) {
		return jdbc.sql("select " + COLUMNS + " from certificate_type where municipality_id = ? and code = ?")
			.params(municipalityId, code).query(CertificateTypeStore::row).optional();
	}

	public void upsert(CertificateType t, boolean builtIn, Timestamp at) {
		jdbc.sql("""
				insert into certificate_type (municipality_id, code, name_ky, name_ru, name_en, body_ky, body_ru, built_in, active, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_id, code) do update set name_ky = excluded.name_ky, name_ru = excluded.name_ru,
				  name_en = excluded.name_en, body_ky = excluded.body_ky, body_ru = excluded.body_ru,
				  active = excluded.active, changed_at = excluded.changed_at""")
			.params(t.municipalityId(), t.code(), t.name().ky(), t.name().ru(), t.name().en(), t.bodyKy(), t.bodyRu(),
					builtIn, t.active(), at)
			.update();
	}

	/** Adds the built-in types these municipalities lack; rewording already done there is kept. */
	int addBuiltIns(List<Long> municipalityIds, Timestamp at) {
		Long[] ids = municipalityIds.toArray(Long[]::new);
		int added = 0;
		for (NewCertificateType b : BuiltInTypes.ALL) {
			added += jdbc.sql("""
					insert into certificate_type (municipality_id, code, name_ky, name_ru, name_en, body_ky, body_ru, built_in, active, changed_at)
					select m, ?, ?, ?, ?, ?, ?, true, true, ? from unnest(?::bigint[]) m
					on conflict (municipality_id, code) do nothing""")
				.params(b.code(), b.nameKy(), b.nameRu(), b.nameEn(), b.bodyKy().strip(), b.bodyRu().strip(), at, ids)
				.update();
		}
		return added;
	}

	private static CertificateType row(ResultSet rs, int n) throws SQLException {
		return new CertificateType(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("code"),
				new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				rs.getString("body_ky"), rs.getString("body_ru"), rs.getBoolean("built_in"), rs.getBoolean("active"));
	}
}

package kg.tereze.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kg.tereze.shared.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code documents_journal}. */
@Repository
public class JournalStore {

	private final JdbcClient jdbc;

	JournalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Journal> of(long municipalityId) {
		return jdbc.sql("select * from documents_journal where municipality_id = ? order by id").param(municipalityId)
			.query(JournalStore::row).list();
	}

	public Optional<Journal> find(long municipalityId, String code) {
		return jdbc.sql("select * from documents_journal where municipality_id = ? and code = ?").params(municipalityId, code)
			.query(JournalStore::row).optional();
	}

	public Set<Long> municipalitiesWithJournals() {
		return new HashSet<>(jdbc.sql("select distinct municipality_id from documents_journal").query(Long.class).list());
	}

	public void insert(long municipalityId, JournalKind kind, String code, LocalizedName name, String prefix, Integer termDays) {
		jdbc.sql("""
				insert into documents_journal (municipality_id, kind, code, name_ky, name_ru, name_en, number_prefix, term_days)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (municipality_id, code) do nothing""")
			.params(municipalityId, kind.name(), code, name.ky(), name.ru(), name.en(), prefix, termDays).update();
	}

	public void update(long municipalityId, String code, LocalizedName name, String prefix, Integer termDays) {
		jdbc.sql("""
				update documents_journal set name_ky = ?, name_ru = ?, name_en = ?, number_prefix = ?, term_days = ?
				 where municipality_id = ? and code = ?""")
			.params(name.ky(), name.ru(), name.en(), prefix, termDays, municipalityId, code).update();
	}

	private static Journal row(ResultSet rs, int n) throws SQLException {
		return new Journal(rs.getLong("id"), rs.getLong("municipality_id"), JournalKind.valueOf(rs.getString("kind")),
				rs.getString("code"), new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				rs.getString("number_prefix"), rs.getObject("term_days", Integer.class));
	}
}

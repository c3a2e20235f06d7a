package kg.tereze.appeals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import kg.tereze.shared.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CategoryStore {

	private final JdbcClient jdbc;

	CategoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> of(long municipalityId) {
		return jdbc.sql("select * from appeals_category where municipality_id = ? order by active desc, id").param(municipalityId)
			.query(CategoryStore::category).list();
	}

	public Optional<Category> find(long municipalityId, long id) {
		return jdbc.sql("select * from appeals_category where municipality_id = ? and id = ?").params(municipalityId, id)
			.query(CategoryStore::category).optional();
	}

	public Optional<Category> byCode(long municipalityId, String code) {
		return jdbc.sql("select * from appeals_category where municipality_id = ? and code = ?").params(municipalityId, code)
			.query(CategoryStore::category).optional();
	}

	/** Municipalities that have categories already, in one query (start-up checks them all). */
	public java.util.Set<Long> municipalitiesWithCategories() {
		return new java.util.HashSet<>(jdbc.sql("select distinct municipality_id from appeals_category").query(Long.class).list());
	}

	public boolean any(long municipalityId) {
		return jdbc.sql("select exists (select 1 from appeals_category where municipality_id = ?)").param(municipalityId)
			.query(Boolean.class).single();
	}

	public long insert(long municipalityId, String code, LocalizedName name, int slaHours, String role) {
		return jdbc.sql("""
				insert into appeals_category (municipality_id, code, name_ky, name_ru, name_en, sla_hours, role)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, code, name.ky(), name.ru(), name.en(), slaHours, role).query(Long.class).single();
	}

	public void update(long municipalityId, long id, LocalizedName name, int slaHours, String role, boolean active) {
		jdbc.sql("""
				update appeals_category set name_ky = ?, name_ru = ?, name_en = ?, sla_hours = ?, role = ?, active = ?
				 where municipality_id = ? and id = ?""")
			.params(name.ky(), name.ru(), name.en(), slaHours, role, active, municipalityId, id).update();
	}

	private static Category category(ResultSet rs, int n) throws SQLException {
		return new Category(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("code"),
				new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				rs.getInt("sla_hours"), rs.getString("role"), rs.getBoolean("active"));
	}
}

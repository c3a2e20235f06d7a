package kg.tereze.frontdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ServiceCatalogStore {

	private final JdbcClient jdbc;

	ServiceCatalogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DeskService> of(long municipalityId) {
		return jdbc.sql("select * from frontdesk_service where municipality_id = ? order by active desc, kind, id")
			.param(municipalityId).query(ServiceCatalogStore::service).list();
	}

	public Optional<DeskService> find(long municipalityId, long id) {
		return jdbc.sql("select * from frontdesk_service where municipality_id = ? and id = ?").params(municipalityId, id)
			.query(ServiceCatalogStore::service).optional();
	}

	public Optional<DeskService> byCode(long municipalityId, String code) {
		return jdbc.sql("select * from frontdesk_service where municipality_id = ? and code = ?").params(municipalityId, code)
			.query(ServiceCatalogStore::service).optional();
	}

	public Optional<DeskService> byCertificateType(long municipalityId, String type) {
		return jdbc.sql("""
				select * from frontdesk_service where municipality_id = ? and certificate_type = ? order by active desc, id limit 1""")
			.params(municipalityId, type).query(ServiceCatalogStore::service).optional();
	}

	public long insert(long municipalityId, String code, NewDeskService s) {
		return jdbc.sql("""
				insert into frontdesk_service (municipality_id, code, name_ky, name_ru, name_en, kind, certificate_type,
				  documents_ky, documents_ru, fee_tyiyn, deadline_days, responsible_role, active)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, code, s.name().ky(), s.name().ru(), s.name().en(), s.kind().name(), s.certificateType(),
					s.documentsKy(), s.documentsRu(), s.fee().tyiyn(), s.deadlineDays(), s.responsibleRole(), s.active())
			.query(Long.class).single();
	}

	public void update(long municipalityId, long id, NewDeskService s) {
		jdbc.sql("""
				update frontdesk_service set name_ky = ?, name_ru = ?, name_en = ?, documents_ky = ?, documents_ru = ?,
				  fee_tyiyn = ?, deadline_days = ?, responsible_role = ?, active = ?
				 where municipality_id = ? and id = ?""")
			.params(s.name().ky(), s.name().ru(), s.name().en(), s.documentsKy(), s.documentsRu(), s.fee().tyiyn(),
					s.deadlineDays(), s.responsibleRole(), s.active(), municipalityId, id)
			.update();
	}

	public boolean any(long municipalityId) {
		return jdbc.sql("select exists (select 1 from frontdesk_service where municipality_id = ?)").param(municipalityId)
			.query(Boolean.class).single();
	}

	/** Municipalities whose catalog has been started, in one query (start-up checks them all). */
	public java.util.Set<Long> municipalitiesWithCatalog() {
		return new java.util.HashSet<>(jdbc.sql("select distinct municipality_id from frontdesk_service").query(Long.class).list());
	}

	static DeskService service(ResultSet rs, int row) throws SQLException {
		return new DeskService(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("code"),
				new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				ServiceKind.valueOf(rs.getString("kind")), rs.getString("certificate_type"), rs.getString("documents_ky"),
				rs.getString("documents_ru"), Som.ofTyiyn(rs.getLong("fee_tyiyn")), rs.getInt("deadline_days"),
				rs.getString("responsible_role"), rs.getBoolean("active"));
	}
}

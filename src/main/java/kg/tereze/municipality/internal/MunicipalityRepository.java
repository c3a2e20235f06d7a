package kg.tereze.municipality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipality;
import kg.tereze.municipality.SoateUnit;
import kg.tereze.municipality.Village;
import kg.tereze.shared.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MunicipalityRepository {

	private static final String MUNICIPALITY = "select id, soate_code, code, name_ky, name_ru, name_en, district_code, active, activated_at from municipality";

	private static final String ENTERPRISE = "select id, municipality_id, code, name_ky, name_ru, name_en, kind, serves_whole_district from enterprise";

	private static final String UNIT = "select code, level, parent_code, name_ky, name_ru, name_en, short_ru, district_code, former_name_ru from soate_unit";

	private final JdbcClient jdbc;

	MunicipalityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Municipality> all() {
		return jdbc.sql(MUNICIPALITY + " order by name_ru").query(MunicipalityRepository::municipality).list();
	}

	public Optional<Municipality> find(long id) {
		return jdbc.sql(MUNICIPALITY + " where id = ?").param(id).query(MunicipalityRepository::municipality).optional();
	}

	public Optional<Municipality> findBySoate(String soate) {
		return jdbc.sql(MUNICIPALITY + " where soate_code = ?").param(soate).query(MunicipalityRepository::municipality).optional();
	}

	public boolean codeTaken(String code) {
		return jdbc.sql("select exists (select 1 from municipality where code = ?)").param(code).query(Boolean.class).single();
	}

	public long insert(SoateUnit unit, String code, LocalizedName name, Instant at) {
		return jdbc.sql("""
				insert into municipality (soate_code, code, name_ky, name_ru, name_en, district_code, activated_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(unit.code(), code, name.ky(), name.ru(), name.en(), unit.districtCode(), at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public void setActive(long id, boolean active) {
		jdbc.sql("update municipality set active = ? where id = ?").params(active, id).update();
	}

	/** Copies the villages of an aiyl aimak, or of a town (the town itself first), from the classifier. */
	public void copyVillages(long municipalityId, SoateUnit unit) {
		String villages = unit.isTown()
				? "code = :code or (level = 'village_under_city' and substr(code, 1, 11) = substr(:code, 1, 11))"
				: "aimak_code = :code and level = 'village'";
		jdbc.sql("""
				insert into village (municipality_id, soate_code, name_ky, name_ru, name_en)
				select :m, code, coalesce(name_ky, short_ru), short_ru, name_en from soate_unit where\s""" + villages
				+ " order by code on conflict do nothing")
			.param("m", municipalityId)
			.param("code", unit.code())
			.update();
	}

	public List<Village> villages(long municipalityId) {
		return jdbc.sql("select id, municipality_id, soate_code, name_ky, name_ru, name_en from village where municipality_id = ? order by soate_code nulls last, name_ru")
			.param(municipalityId)
			.query((rs, i) -> new Village(rs.getLong(1), rs.getLong(2), rs.getString(3),
					new LocalizedName(rs.getString(4), rs.getString(5), rs.getString(6))))
			.list();
	}

	public List<Enterprise> enterprises(long municipalityId) {
		return jdbc.sql(ENTERPRISE + " where municipality_id = ? order by name_ru").param(municipalityId)
			.query(MunicipalityRepository::enterprise).list();
	}

	public Optional<Enterprise> enterprise(long municipalityId, long id) {
		return jdbc.sql(ENTERPRISE + " where id = ? and municipality_id = ?").params(id, municipalityId)
			.query(MunicipalityRepository::enterprise).optional();
	}

	public Optional<Enterprise> enterprise(long id) {
		return jdbc.sql(ENTERPRISE + " where id = ?").param(id).query(MunicipalityRepository::enterprise).optional();
	}

	public Optional<Enterprise> enterpriseByCode(String code) {
		return jdbc.sql(ENTERPRISE + " where code = ?").param(code).query(MunicipalityRepository::enterprise).optional();
	}

	public long insertEnterprise(long municipalityId, String code, LocalizedName name, Enterprise.Kind kind,
			boolean wholeDistrict, Instant at) {
		return jdbc.sql("""
				insert into enterprise (municipality_id, code, name_ky, name_ru, name_en, kind, serves_whole_district, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, code, name.ky(), name.ru(), name.en(), kind.name(), wholeDistrict, at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public Optional<SoateUnit> unit(String code) {
		return jdbc.sql(UNIT + " where code = ?").param(code).query(MunicipalityRepository::unit).optional();
	}

	/** Aiyl aimaks and towns whose name (Russian, Kyrgyz, Latin or former), district name or code contains the text. */
	public List<SoateUnit> searchEligible(String text, int limit) {
		return jdbc.sql(UNIT + """
				\swhere level in ('aiyl_aimak', 'city_district_significance', 'city_oblast_significance', 'city_republican', 'urban_settlement')
				   and (:q = '' or code like :prefix or lower(name_ru) like :like or lower(name_ky) like :like
				        or lower(name_en) like :like or lower(coalesce(former_name_ru, '')) like :like
				        or district_code in (select d.code from soate_unit d where d.level = 'rayon'
				                              and (lower(d.name_ru) like :like or lower(d.name_ky) like :like or lower(d.name_en) like :like)))
				 order by name_ru limit :limit""")
			.param("q", text)
			.param("prefix", text + "%")
			.param("like", "%" + text.toLowerCase() + "%")
			.param("limit", limit)
			.query(MunicipalityRepository::unit)
			.list();
	}

	private static Municipality municipality(ResultSet rs, int row) throws SQLException {
		return new Municipality(rs.getLong("id"), rs.getString("soate_code"), rs.getString("code"),
				new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				rs.getString("district_code"), rs.getBoolean("active"),
				rs.getObject("activated_at", OffsetDateTime.class).toInstant());
	}

	private static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
		return new Enterprise(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("code"),
				new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				Enterprise.Kind.valueOf(rs.getString("kind")), rs.getBoolean("serves_whole_district"));
	}

	private static SoateUnit unit(ResultSet rs, int row) throws SQLException {
		return new SoateUnit(rs.getString("code"), rs.getString("level"), rs.getString("parent_code"),
				new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				rs.getString("short_ru"), rs.getString("district_code"), rs.getString("former_name_ru"));
	}
}

package kg.tereze.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.registry.PersonData;
import kg.tereze.registry.SearchKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persons of the household book, always within one municipality. */
@Repository
public class PersonStore {

	public record PersonRow(long id, long municipalityId, PersonData data, LocalDate deathDate) {
	}

	public record Hit(long personId, String pin, String fullName, LocalDate birthDate, LocalDate deathDate,
			Long householdId, String bookNumber, Long villageId, String address, String relation) {
	}

	private static final String COLUMNS = """
			select id, municipality_id, pin, surname, given_name, patronymic, birth_date, sex, citizenship, id_document,
			       phone, death_date from person""";

	private final JdbcClient jdbc;

	PersonStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long municipalityId, PersonData p, Instant at) {
		return jdbc.sql("""
				insert into person (municipality_id, pin, surname, given_name, patronymic, birth_date, sex, citizenship,
				                    id_document, phone, created_at, search_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, p.pin(), p.surname(), p.givenName(), p.patronymic(), p.birthDate(), p.sex(),
					p.citizenship(), p.idDocument(), p.phone(), at.atOffset(ZoneOffset.UTC), keyOf(p))
			.query(Long.class)
			.single();
	}

	public void update(long municipalityId, long id, PersonData p) {
		jdbc.sql("""
				update person set pin = ?, surname = ?, given_name = ?, patronymic = ?, birth_date = ?, sex = ?,
				       citizenship = ?, id_document = ?, phone = ?, search_key = ?
				 where municipality_id = ? and id = ?""")
			.params(p.pin(), p.surname(), p.givenName(), p.patronymic(), p.birthDate(), p.sex(), p.citizenship(),
					p.idDocument(), p.phone(), keyOf(p), municipalityId, id)
			.update();
	}

	public void setDeathDate(long municipalityId, long id, LocalDate date) {
		jdbc.sql("update person set death_date = ? where municipality_id = ? and id = ?").params(date, municipalityId, id).update();
	}

	public Optional<PersonRow> find(long municipalityId, long id) {
		return jdbc.sql(COLUMNS + " where municipality_id = ? and id = ?").params(municipalityId, id)
			.query(PersonStore::map).optional();
	}

	/** Living persons whose phone ends in the same nine digits; at most {@code limit}. */
	public List<Long> livingByPhoneTail(long municipalityId, String tail, int limit) {
		return jdbc.sql("""
				select id from person where municipality_id = ? and phone is not null and death_date is null
				   and right(regexp_replace(phone, '[^0-9]', '', 'g'), 9) = ? limit ?""")
			.params(municipalityId, tail, limit).query(Long.class).list();
	}

	public Optional<PersonRow> findByPin(long municipalityId, String pin) {
		return jdbc.sql(COLUMNS + " where municipality_id = ? and pin = ?").params(municipalityId, pin)
			.query(PersonStore::map).optional();
	}

	/**
	 * Persons whose name contains the query, or is within about one typo of a word of it, best
	 * first; each with the household they live in today, if any.
	 */
	public List<Hit> searchByName(long municipalityId, String key, LocalDate today, int limit) {
		return jdbc.sql(HIT + """
				 where p.municipality_id = :m and (p.search_key like :like or :q <% p.search_key)
				 order by (p.search_key like :like) desc, word_similarity(:q, p.search_key) desc, p.surname, p.given_name
				 limit :limit""")
			.param("m", municipalityId).param("like", "%" + key + "%").param("q", key).param("today", today)
			.param("limit", limit)
			.query(PersonStore::hit)
			.list();
	}

	/** A whole PIN or its beginning, as a range of the (municipality, PIN) index. */
	public List<Hit> searchByPin(long municipalityId, String pinPrefix, LocalDate today, int limit) {
		int rest = 14 - pinPrefix.length();
		return jdbc.sql(HIT + " where p.municipality_id = :m and p.pin between :lo and :hi order by p.pin limit :limit")
			.param("m", municipalityId).param("lo", pinPrefix + "0".repeat(rest)).param("hi", pinPrefix + "9".repeat(rest))
			.param("today", today).param("limit", limit)
			.query(PersonStore::hit)
			.list();
	}

	/** Current members of households whose address matches, the head first. */
	public List<Hit> searchByAddress(long municipalityId, String key, LocalDate today, int limit) {
		return jdbc.sql(HIT + """
				 where p.municipality_id = :m and h.address_key like :like
				 order by h.address_key, (ms.relation = 'HEAD') desc, p.birth_date limit :limit""")
			.param("m", municipalityId).param("like", "%" + key + "%").param("today", today).param("limit", limit)
			.query(PersonStore::hit)
			.list();
	}

	private static final String HIT = """
			select p.id, p.pin, p.surname || ' ' || p.given_name || coalesce(' ' || p.patronymic, '') as full_name,
			       p.birth_date, p.death_date, h.id as household_id, h.book_number, h.village_id,
			       concat_ws(', ', h.street, h.house) as address, ms.relation
			  from person p
			  left join membership ms on ms.person_id = p.id and ms.valid_from <= :today
			                         and (ms.valid_to is null or ms.valid_to > :today)
			  left join household h on h.id = ms.household_id
			""";

	static String keyOf(PersonData p) {
		return SearchKey.of(p.surname(), p.givenName(), p.patronymic());
	}

	private static PersonRow map(ResultSet rs, int row) throws SQLException {
		return new PersonRow(rs.getLong("id"), rs.getLong("municipality_id"),
				new PersonData(rs.getString("pin"), rs.getString("surname"), rs.getString("given_name"),
						rs.getString("patronymic"), rs.getObject("birth_date", LocalDate.class), rs.getString("sex"),
						rs.getString("citizenship"), rs.getString("id_document"), rs.getString("phone")),
				rs.getObject("death_date", LocalDate.class));
	}

	private static Hit hit(ResultSet rs, int row) throws SQLException {
		return new Hit(rs.getLong("id"), rs.getString("pin"), rs.getString("full_name"),
				rs.getObject("birth_date", LocalDate.class), rs.getObject("death_date", LocalDate.class),
				(Long) rs.getObject("household_id"), rs.getString("book_number"), (Long) rs.getObject("village_id"),
				rs.getString("address"), rs.getString("relation"));
	}
}

package kg.tereze.registry;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The households of a municipality on a date, each with its head, address and number of members: what
 * a utility needs to open accounts and to bill per person. Holds no personal data beyond the head's
 * name, and is read by other modules only through this class.
 */
@Service
public class HouseholdRoll {

	/** One household as it was on the date asked for. */
	public record Line(long householdId, String bookNumber, long villageId, String address, String headName,
			int members) {
	}

	private final JdbcClient jdbc;

	HouseholdRoll(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Line> on(long municipalityId, LocalDate date) {
		return jdbc.sql("""
				select h.id, h.book_number, h.village_id, h.street, h.house, h.apartment,
				       p.surname || ' ' || p.given_name || coalesce(' ' || p.patronymic, '') as head,
				       (select count(*) from membership c where c.household_id = h.id and c.valid_from <= :d
				           and (c.valid_to is null or c.valid_to > :d)) as members
				  from household h
				  join membership hm on hm.household_id = h.id and hm.relation = 'HEAD' and hm.valid_from <= :d
				                    and (hm.valid_to is null or hm.valid_to > :d)
				  join person p on p.id = hm.person_id
				 where h.municipality_id = :m and h.registered_on <= :d and (h.closed_on is null or h.closed_on > :d)
				 order by h.id""")
			.param("m", municipalityId).param("d", date)
			.query((rs, n) -> {
				HouseholdInfo address = new HouseholdInfo(rs.getLong(1), municipalityId, rs.getString(2), rs.getLong(3),
						rs.getString(4), rs.getString(5), rs.getString(6), null, null, null, null);
				return new Line(rs.getLong(1), rs.getString(2), rs.getLong(3), address.address(), rs.getString(7),
						rs.getInt(8));
			})
			.list();
	}
}

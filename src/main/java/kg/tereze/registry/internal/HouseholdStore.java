package kg.tereze.registry.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.registry.HouseholdRoll;
import kg.tereze.registry.EventKind;
import kg.tereze.registry.HouseholdInfo;
import kg.tereze.registry.LandKind;
import kg.tereze.registry.LandPlot;
import kg.tereze.registry.LivestockCount;
import kg.tereze.registry.Member;
import kg.tereze.registry.RegistryEvent;
import kg.tereze.registry.Relation;
import kg.tereze.registry.SearchKey;
import kg.tereze.registry.Tenure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households with their dated memberships, land, livestock counts and history; always within one municipality. */
@Repository
public class HouseholdStore {

	public record Membership(long id, long householdId, long personId, Relation relation, LocalDate since) {
	}

	private static final String HOUSEHOLD = """
			select id, municipality_id, book_number, village_id, street, house, apartment, dwelling, buildings,
			       registered_on, closed_on from household""";

	private final JdbcClient jdbc;

	HouseholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long m, String bookNumber, long villageId, String street, String house, String apartment,
			String dwelling, String buildings, LocalDate registeredOn, String villageName, Instant at) {
		return jdbc.sql("""
				insert into household (municipality_id, book_number, village_id, street, house, apartment, dwelling,
				                       buildings, registered_on, created_at, address_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(m, bookNumber, villageId, street, house, apartment, dwelling, buildings, registeredOn,
					at.atOffset(ZoneOffset.UTC), SearchKey.of(villageName, street, house, apartment, bookNumber))
			.query(Long.class)
			.single();
	}

	public void updateAddress(long m, long id, long villageId, String street, String house, String apartment,
			String dwelling, String buildings, String addressKey) {
		jdbc.sql("""
				update household set village_id = ?, street = ?, house = ?, apartment = ?, dwelling = ?, buildings = ?,
				       address_key = ? where municipality_id = ? and id = ?""")
			.params(villageId, street, house, apartment, dwelling, buildings, addressKey, m, id)
			.update();
	}

	public boolean bookNumberTaken(long m, String bookNumber) {
		return jdbc.sql("select exists (select 1 from household where municipality_id = ? and book_number = ?)")
			.params(m, bookNumber).query(Boolean.class).single();
	}

	/** The next free number of the book, under a lock so that two registrars never get the same. */
	public String nextBookNumber(long m) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(0x7e4f, (int) m).query().singleRow();
		long count = jdbc.sql("select count(*) from household where municipality_id = ?").param(m).query(Long.class).single();
		String candidate;
		do {
			candidate = String.format("%05d", ++count);
		}
		while (bookNumberTaken(m, candidate));
		return candidate;
	}

	public Optional<HouseholdInfo> find(long m, long id) {
		return jdbc.sql(HOUSEHOLD + " where municipality_id = ? and id = ?").params(m, id).query(HouseholdStore::household).optional();
	}

	public Optional<HouseholdInfo> findByBookNumber(long m, String bookNumber) {
		return jdbc.sql(HOUSEHOLD + " where municipality_id = ? and book_number = ?").params(m, bookNumber)
			.query(HouseholdStore::household).optional();
	}

	public long openMembership(long m, long householdId, long personId, Relation relation, LocalDate from) {
		return jdbc.sql("""
				insert into membership (municipality_id, household_id, person_id, relation, valid_from)
				values (?, ?, ?, ?, ?) returning id""")
			.params(m, householdId, personId, relation.name(), from)
			.query(Long.class)
			.single();
	}

	public void closeMembership(long id, LocalDate to) {
		jdbc.sql("update membership set valid_to = ? where id = ? and valid_to is null").params(to, id).update();
	}

	/** The membership open on {@code date} (or the one still open when date is null). */
	public Optional<Membership> membershipOf(long m, long personId, LocalDate date) {
		return jdbc.sql("""
				select id, household_id, person_id, relation, valid_from from membership
				 where municipality_id = ? and person_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)""")
			.params(m, personId, date, date)
			.query((rs, i) -> new Membership(rs.getLong(1), rs.getLong(2), rs.getLong(3), Relation.valueOf(rs.getString(4)),
					rs.getObject(5, LocalDate.class)))
			.optional();
	}

	/** Whether the person belongs to some household at any time from {@code date} on. */
	public boolean memberFrom(long m, long personId, LocalDate date) {
		return jdbc.sql("""
				select exists (select 1 from membership where municipality_id = ? and person_id = ?
				                 and (valid_to is null or valid_to > ?))""")
			.params(m, personId, date)
			.query(Boolean.class)
			.single();
	}

	public List<Member> membersAsOf(long m, long householdId, LocalDate date) {
		return jdbc.sql("""
				select ms.id, p.id as person_id, p.pin, p.surname, p.given_name, p.patronymic, p.birth_date, p.sex,
				       ms.relation, ms.valid_from, ms.valid_to, p.death_date
				  from membership ms join person p on p.id = ms.person_id
				 where ms.municipality_id = ? and ms.household_id = ? and ms.valid_from <= ?
				   and (ms.valid_to is null or ms.valid_to > ?)
				 order by ms.relation <> 'HEAD', p.birth_date""")
			.params(m, householdId, date, date)
			.query((rs, i) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), Relation.valueOf(rs.getString(9)),
					rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class)))
			.list();
	}

	public long insertLand(long m, long householdId, String cadastral, BigDecimal areaHa, LandKind kind, Tenure tenure,
			LocalDate from) {
		return jdbc.sql("""
				insert into land_plot (municipality_id, household_id, cadastral_number, area_ha, kind, tenure, valid_from)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(m, householdId, cadastral, areaHa, kind.name(), tenure.name(), from)
			.query(Long.class)
			.single();
	}

	public int closeLand(long m, long householdId, long plotId, LocalDate to) {
		return jdbc.sql("""
				update land_plot set valid_to = ? where municipality_id = ? and household_id = ? and id = ?
				   and valid_to is null and valid_from <= ?""")
			.params(to, m, householdId, plotId, to)
			.update();
	}

	public List<LandPlot> landAsOf(long m, long householdId, LocalDate date) {
		return jdbc.sql("""
				select id, cadastral_number, area_ha, kind, tenure, valid_from, valid_to from land_plot
				 where municipality_id = ? and household_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)
				 order by valid_from, id""")
			.params(m, householdId, date, date)
			.query((rs, i) -> new LandPlot(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), LandKind.valueOf(rs.getString(4)),
					Tenure.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
			.list();
	}

	public void insertLivestock(long m, long householdId, LivestockCount c, Instant at) {
		jdbc.sql("""
				insert into livestock_count (municipality_id, household_id, year, counted_on, cattle, horses, sheep_goats,
				                             yaks, poultry, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m, householdId, c.year(), c.countedOn(), c.cattle(), c.horses(), c.sheepGoats(), c.yaks(), c.poultry(),
					at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The count in force on a date: of the latest year counted on or before it, the last recorded. */
	public Optional<LivestockCount> livestockAsOf(long m, long householdId, LocalDate date) {
		return jdbc.sql("""
				select year, counted_on, cattle, horses, sheep_goats, yaks, poultry from livestock_count
				 where municipality_id = ? and household_id = ? and counted_on <= ?
				 order by year desc, recorded_at desc limit 1""")
			.params(m, householdId, date)
			.query((rs, i) -> new LivestockCount(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7)))
			.optional();
	}

	/** The count in force for each year up to {@code date}: the last recorded of that year. */
	public List<LivestockCount> livestockYears(long m, long householdId, LocalDate date) {
		return jdbc.sql("""
				select distinct on (year) year, counted_on, cattle, horses, sheep_goats, yaks, poultry from livestock_count
				 where municipality_id = ? and household_id = ? and counted_on <= ?
				 order by year desc, recorded_at desc""")
			.params(m, householdId, date)
			.query((rs, i) -> new LivestockCount(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7)))
			.list();
	}

	public void insertEvent(long m, Long householdId, Long personId, EventKind kind, LocalDate date, String details,
			String by, Instant at) {
		jdbc.sql("""
				insert into registry_event (municipality_id, household_id, person_id, kind, effective_date, details,
				                            recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m, householdId, personId, kind.name(), date, details, at.atOffset(ZoneOffset.UTC), by)
			.update();
	}

	/** Everything recorded of one person, in every household they lived in, newest first. */
	public List<RegistryEvent> historyOfPerson(long m, long personId) {
		return jdbc.sql("""
				select e.id, e.person_id, h.book_number, e.kind, e.effective_date, e.details, e.recorded_at, e.recorded_by
				  from registry_event e left join household h on h.id = e.household_id
				 where e.municipality_id = ? and e.person_id = ?
				 order by e.effective_date desc, e.id desc""")
			.params(m, personId)
			.query((rs, i) -> new RegistryEvent(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
					EventKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)))
			.list();
	}

	public List<RegistryEvent> historyUntil(long m, long householdId, LocalDate date) {
		return jdbc.sql("""
				select e.id, e.person_id, p.surname || ' ' || p.given_name, e.kind, e.effective_date, e.details,
				       e.recorded_at, e.recorded_by
				  from registry_event e left join person p on p.id = e.person_id
				 where e.municipality_id = ? and e.household_id = ? and e.effective_date <= ?
				 order by e.effective_date desc, e.id desc""")
			.params(m, householdId, date)
			.query((rs, i) -> new RegistryEvent(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
					EventKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)))
			.list();
	}

	private static HouseholdInfo household(ResultSet rs, int row) throws SQLException {
		return new HouseholdInfo(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("book_number"),
				rs.getLong("village_id"), rs.getString("street"), rs.getString("house"), rs.getString("apartment"),
				rs.getString("dwelling"), rs.getString("buildings"), rs.getObject("registered_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class));
	}

	/** The households on a date, for {@link kg.tereze.registry.HouseholdRoll}. */
	public List<HouseholdRoll.Line> roll(long municipalityId, LocalDate date) {
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
				return new HouseholdRoll.Line(rs.getLong(1), rs.getString(2), rs.getLong(3), address.address(), rs.getString(7),
						rs.getInt(8));
			})
			.list();
	}
}

package kg.tereze.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Routes and their stops, in walking order. */
@Repository
public class RouteStore {

	private static final String SELECT = """
			select r.*, (select count(*) from billing_route_stop s where s.route_id = r.id) as stops from billing_route r
			""";

	private final JdbcClient jdbc;

	RouteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long bookId, long municipalityId, String name, Long controllerId, String controllerName, Instant at) {
		return jdbc.sql("""
				insert into billing_route (book_id, municipality_id, name, controller_id, controller_name, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(bookId, municipalityId, name, controllerId, controllerName, at.atOffset(ZoneOffset.UTC))
			.query(Long.class).single();
	}

	/**
	 * Appends the book's accounts in a village (whose address starts with {@code street}, when given) that are
	 * on no route yet, ordered by address with house numbers in numeric order; returns how many were added.
	 */
	public int addAccounts(long routeId, long bookId, long villageId, String street) {
		return jdbc.sql("""
				insert into billing_route_stop (route_id, book_id, account_id, position)
				select ?, a.book_id, a.id,
				       coalesce((select max(position) from billing_route_stop where route_id = ?), 0)
				       + row_number() over (order by regexp_replace(coalesce(a.address, ''), '[0-9].*$', ''),
				                            coalesce(substring(a.address from '[0-9]+')::int, 0), a.address, a.id)
				  from ledger_account_v a
				 where a.book_id = ? and a.village_id = ?
				   and (cast(? as text) is null or lower(a.address) like lower(cast(? as text)) || '%')
				   and not exists (select 1 from billing_route_stop s where s.book_id = a.book_id and s.account_id = a.id)""")
			.params(routeId, routeId, bookId, villageId, street, street).update();
	}

	public boolean removeStop(long routeId, long accountId) {
		return jdbc.sql("delete from billing_route_stop where route_id = ? and account_id = ?").params(routeId, accountId)
			.update() > 0;
	}

	public void assign(long routeId, Long controllerId, String controllerName) {
		jdbc.sql("update billing_route set controller_id = ?, controller_name = ? where id = ?")
			.params(controllerId, controllerName, routeId).update();
	}

	public void delete(long routeId) {
		jdbc.sql("delete from billing_route where id = ?").param(routeId).update();
	}

	/** The route, if it is of one of these books; with a controller, only if it is given to them. */
	public Optional<Route> find(Long[] books, Long controllerId, long id) {
		return jdbc.sql(SELECT + " where r.id = ? and r.book_id = any(?) and (cast(? as bigint) is null or r.controller_id = ?)")
			.params(id, books, controllerId, controllerId).query(RouteStore::row).optional();
	}

	/** The routes of these books; with a controller, only that controller's. */
	public List<Route> of(Long[] bookIds, Long controllerId) {
		return jdbc.sql(SELECT + " where r.book_id = any(?) and (cast(? as bigint) is null or r.controller_id = ?) order by r.name")
			.params(bookIds, controllerId, controllerId).query(RouteStore::row).list();
	}

	/** The route's account ids in walking order. */
	public List<Long> stops(long routeId) {
		return jdbc.sql("select account_id from billing_route_stop where route_id = ? order by position").param(routeId)
			.query(Long.class).list();
	}

	/** Meters among these that have a reading dated on or after {@code since}. */
	public List<Long> readSince(Long[] meterIds, java.time.LocalDate since) {
		return jdbc.sql("select distinct meter_id from billing_reading where meter_id = any(?) and read_on >= ?")
			.params(meterIds, since).query(Long.class).list();
	}

	private static Route row(ResultSet rs, int n) throws SQLException {
		return new Route(rs.getLong("id"), rs.getLong("book_id"), rs.getString("name"),
				rs.getObject("controller_id", Long.class), rs.getString("controller_name"), rs.getInt("stops"));
	}
}

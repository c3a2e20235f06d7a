package kg.tereze.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.billing.Basis;
import kg.tereze.billing.UtilityService;
import kg.tereze.ledger.CustomerCategory;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Services and their tariffs. */
@Repository
public class CatalogStore {

	private final JdbcClient jdbc;

	CatalogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<UtilityService> services(long bookId) {
		return jdbc.sql("select * from billing_service where book_id = ? order by code").param(bookId)
			.query(CatalogStore::service).list();
	}

	public Optional<UtilityService> service(long bookId, String code) {
		return jdbc.sql("select * from billing_service where book_id = ? and code = ?").params(bookId, code)
			.query(CatalogStore::service).optional();
	}

	/** The new service's id, or empty when the book has a service of that code already. */
	public Optional<Long> insert(long bookId, long municipalityId, NewService s, Instant at) {
		return jdbc.sql("""
				insert into billing_service (book_id, municipality_id, code, name_ky, name_ru, name_en, basis, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (book_id, code) do nothing returning id""")
			.params(bookId, municipalityId, s.code(), s.nameKy(), s.nameRu(),
					s.nameEn() == null || s.nameEn().isBlank() ? s.nameRu() : s.nameEn(), s.basis().name(),
					at.atOffset(ZoneOffset.UTC))
			.query(Long.class).optional();
	}

	public List<Tariff> tariffs(long serviceId) {
		return jdbc.sql("select * from billing_tariff where service_id = ? order by category, valid_from").param(serviceId)
			.query(CatalogStore::tariff).list();
	}

	/** Every tariff of the book's services, for the catalog page in one query. */
	public List<Tariff> tariffsOfBook(long bookId) {
		return jdbc.sql("""
				select t.* from billing_tariff t join billing_service s on s.id = t.service_id
				 where s.book_id = ? order by t.category, t.valid_from""")
			.param(bookId).query(CatalogStore::tariff).list();
	}

	public long insertTariff(long serviceId, NewTariff t, Instant at, Long userId) {
		return jdbc.sql("""
				insert into billing_tariff (service_id, category, price, valid_from, valid_to, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(serviceId, t.category().name(), t.price().tyiyn(), t.validFrom(), t.validTo(),
					at.atOffset(ZoneOffset.UTC), userId)
			.query(Long.class).single();
	}

	/** Ends an open tariff the day a newer one starts: its price and start stay as they were. */
	public void end(long tariffId, LocalDate on) {
		jdbc.sql("update billing_tariff set valid_to = ? where id = ? and valid_to is null").params(on, tariffId).update();
	}

	/** The first day of the month after the last one billed for this service, if any was. */
	public Optional<LocalDate> firstUnbilledDay(long serviceId) {
		return jdbc.sql("select (max(month) + interval '1 month')::date from billing_line where service_id = ?")
			.param(serviceId).query(LocalDate.class).optional();
	}

	/** Serializes changes to one service's tariffs. */
	public void lock(long serviceId) {
		jdbc.sql("select id from billing_service where id = ? for update").param(serviceId).query().listOfRows();
	}

	static UtilityService service(ResultSet rs, int row) throws SQLException {
		return new UtilityService(rs.getLong("id"), rs.getLong("book_id"), rs.getString("code"),
				new LocalizedName(rs.getString("name_ky"), rs.getString("name_ru"), rs.getString("name_en")),
				Basis.valueOf(rs.getString("basis")));
	}

	private static Tariff tariff(ResultSet rs, int row) throws SQLException {
		return new Tariff(rs.getLong("id"), rs.getLong("service_id"), CustomerCategory.valueOf(rs.getString("category")),
				Som.ofTyiyn(rs.getLong("price")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}
}

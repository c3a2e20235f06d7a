package kg.tereze.shared.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import kg.tereze.shared.LeasedTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of {@link kg.tereze.shared.Leases} on any {@link LeasedTable}: the table and columns come
 * from the module that owns the table (plain identifiers, checked), every value is a parameter.
 */
@Repository
public class LeaseStore {

	private final JdbcClient jdbc;

	LeaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public <K> List<K> claim(LeasedTable t, Class<K> keyType, String holder, Instant now, Instant until, int limit) {
		return jdbc.sql("""
				update %1$s set lease_holder = :holder, lease_until = :until%2$s
				 where %3$s in (select %3$s from %1$s where (%4$s) and (lease_until is null or lease_until < :now)
				                 order by %5$s limit :limit for update skip locked)
				returning %3$s""".formatted(t.table(), onClaim(t), t.key(), t.ready(), t.order()))
			.param("holder", holder).param("until", utc(until)).param("now", utc(now)).param("limit", limit)
			.query(keyType).list();
	}

	public boolean claimOne(LeasedTable t, Object key, String holder, Instant now, Instant until) {
		return jdbc.sql("""
				update %1$s set lease_holder = :holder, lease_until = :until%2$s
				 where %3$s = :key and (%4$s) and (lease_until is null or lease_until < :now)""".formatted(t.table(),
				onClaim(t), t.key(), t.ready()))
			.param("holder", holder).param("until", utc(until)).param("now", utc(now)).param("key", key)
			.update() == 1;
	}

	public <K> List<K> renew(LeasedTable t, Class<K> keyType, List<K> keys, String holder, Instant until) {
		return jdbc.sql("""
				update %1$s set lease_until = :until where %2$s in (:keys) and lease_holder = :holder
				returning %2$s""".formatted(t.table(), t.key()))
			.param("until", utc(until)).param("keys", keys).param("holder", holder).query(keyType).list();
	}

	public void release(LeasedTable t, List<?> keys, String holder) {
		jdbc.sql("update %1$s set lease_holder = null, lease_until = null where %2$s in (:keys) and lease_holder = :holder"
			.formatted(t.table(), t.key()))
			.param("keys", keys).param("holder", holder).update();
	}

	private static String onClaim(LeasedTable t) {
		return t.onClaim().isEmpty() ? "" : ", " + t.onClaim();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
